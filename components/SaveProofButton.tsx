import type { ComponentChildren } from 'preact';
import { locale, t } from '../lib/i18n';
import type { CaptureReply } from '../lib/messaging/protocol';

/**
 * "Save this page as proof" and what came of it. The result is shown as text
 * (titles and numbers come from the page). Children: the link editor for the new item.
 */
export function SaveProofButton(props: {
  busy: boolean;
  result?: CaptureReply;
  onSave: (allowAnyPage: boolean) => void;
  /** Reference numbers found on the saved page, with what the page called them. */
  references?: Array<{ label: string; value: string; saved: boolean }>;
  /** Offers a reference number for the account (absent when the proof is not linked to one). */
  onUseReference?: (ref: { label: string; value: string }) => void;
  children?: ComponentChildren;
}) {
  const { result } = props;
  return (
    <section class="save-proof" aria-label={t('account.proofOfPage')}>
      <button type="button" disabled={props.busy} aria-busy={props.busy} onClick={() => props.onSave(false)}>
        {props.busy ? t('account.savingPage') : t('account.savePage')}
      </button>
      <div role="status" aria-live="polite">
        {result?.ok === true && (
          <div class="proof-result">
            <p>
              <strong>{t('account.savedAsProof')}</strong>{' '}
              {t('account.savedAt', {
                time: new Date(result.at).toLocaleTimeString(locale(), { hour: '2-digit', minute: '2-digit' }),
                title: result.title,
              })}
            </p>
            {result.notes.map((n) => (
              <p class="muted">{n}</p>
            ))}
            {props.references && props.references.length > 0 && (
              <ul class="proof-refs" aria-label={t('account.referencesFound')}>
                {props.references.map((ref) => (
                  <li>
                    {ref.label} <code>{ref.value}</code> {ref.saved && <span class="muted">{t('account.keptWithAccount')}</span>}
                    {!ref.saved && props.onUseReference && (
                      <button type="button" onClick={() => props.onUseReference!(ref)}>
                        {t('account.keepWithAccount')}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            )}
            {props.children}
          </div>
        )}
        {result?.ok === false && (
          <div class="proof-result refused">
            <p class="error">{result.reason}</p>
            {result.notProvider && (
              <button type="button" disabled={props.busy} onClick={() => props.onSave(true)}>
                {t('account.saveAnyway')}
              </button>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
