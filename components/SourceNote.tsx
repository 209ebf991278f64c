import type { Source } from '../lib/providers/schema';

/** A source's name for its link: its title, or the site it is on (never seven links all named "source"). */
function sourceName(source: { url: string; title?: string }): string {
  if (source.title) return source.title;
  try {
    return new URL(source.url).hostname.replace(/^www\./, '');
  } catch {
    return source.url;
  }
}

/** Where a fact comes from: the passage it rests on, the source's link (a new tab) and the day it was checked. All text, never HTML. */
export function SourceNote(props: { quote: string; source: Source | undefined }) {
  const { source } = props;
  return (
    <small class="cite">
      <q class="quote">{props.quote}</q>
      {source && (
        <>
          {' '}
          <a class="source" href={source.url} target="_blank" rel="noreferrer" title={source.url}>
            Source: {sourceName(source)}
          </a>
          {source.quality === 'second-hand' ? ' (second-hand)' : ''}, checked {source.checked}
          {source.published ? `, dated ${source.published}` : ''}
        </>
      )}
    </small>
  );
}
