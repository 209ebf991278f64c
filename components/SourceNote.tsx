import type { Source } from '../lib/providers/schema';

/** Where a fact comes from: the passage it rests on, the source's link (a new tab) and the day it was checked. All text, never HTML. */
export function SourceNote(props: { quote: string; source: Source | undefined }) {
  const { source } = props;
  return (
    <small class="cite">
      <q class="quote">{props.quote}</q>
      {source && (
        <>
          {' '}
          <a class="source" href={source.url} target="_blank" rel="noreferrer" title={source.title ?? source.url}>
            source
          </a>
          {source.quality === 'second-hand' ? ' (second-hand)' : ''}, checked {source.checked}
          {source.published ? `, dated ${source.published}` : ''}
        </>
      )}
    </small>
  );
}
