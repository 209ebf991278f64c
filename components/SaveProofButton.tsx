import type { ComponentChildren } from 'preact';
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
    <section class="save-proof" aria-label="Proof of this page">
      <button type="button" disabled={props.busy} aria-busy={props.busy} onClick={() => props.onSave(false)}>
        {props.busy ? 'Saving this page…' : 'Save this page as proof'}
      </button>
      <div role="status" aria-live="polite">
        {result?.ok === true && (
          <div class="proof-result">
            <p>
              <strong>Saved as proof</strong> at {new Date(result.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}: “
              {result.title}”.
            </p>
            {result.notes.map((n) => (
              <p class="muted">{n}</p>
            ))}
            {props.references && props.references.length > 0 && (
              <ul class="proof-refs" aria-label="Reference numbers found on the page">
                {props.references.map((ref) => (
                  <li>
                    {ref.label} <code>{ref.value}</code>{' '}
                    {ref.saved ? (
                      <span class="muted">kept with the account</span>
                    ) : (
                      props.onUseReference && (
                        <button type="button" onClick={() => props.onUseReference!(ref)}>
                          Keep it with the account
                        </button>
                      )
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
                Save it anyway
              </button>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
