import { t } from '../lib/i18n';

export interface AttentionRow {
  key: string;
  title: string;
  message: string;
  overdue: boolean;
}

/**
 * What needs attention now, most pressing first; each item opens what it is about.
 * Text only: subjects may come from pages.
 */
export function AttentionList(props: { rows: AttentionRow[]; onOpen?: (row: AttentionRow) => void }) {
  if (props.rows.length === 0) return <p class="muted">{t('panel.nothingNeedsAttention')}</p>;
  return (
    <ul class="attention" aria-label={t('panel.needsAttention')}>
      {props.rows.map((row) => (
        <li key={row.key} class={row.overdue ? 'overdue' : undefined}>
          {props.onOpen ? (
            <button type="button" class="attention-open" onClick={() => props.onOpen!(row)}>
              <span class="attention-title">{row.title}</span>
              <span class="attention-message">{row.message}</span>
            </button>
          ) : (
            <>
              <span class="attention-title">{row.title}</span>
              <span class="attention-message">{row.message}</span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
