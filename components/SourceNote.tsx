import { t } from '../lib/i18n';
import { englishMark } from '../lib/labels';
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

/**
 * Where a fact comes from: the passage it rests on, the source's link (a new tab) and the
 * day it was checked. All text, never HTML. The fact and its quote stay in their source's
 * English; for a reader of another language the quote ends with "(en inglés)", once for
 * the fact and its quote together.
 */
export function SourceNote(props: { quote: string; source: Source | undefined }) {
  const { source } = props;
  const mark = englishMark();
  return (
    <small class="cite">
      <q class="quote">{props.quote}</q>
      {mark && ` ${mark}`}
      {source && (
        <>
          {' '}
          <a class="source" href={source.url} target="_blank" rel="noreferrer" title={source.url}>
            {t('here.source', { name: sourceName(source) })}
          </a>
          {source.quality === 'second-hand' ? ` ${t('here.secondHand')}` : ''}, {t('here.checked', { date: source.checked })}
          {source.published ? `, ${t('here.dated', { date: source.published })}` : ''}
        </>
      )}
    </small>
  );
}
