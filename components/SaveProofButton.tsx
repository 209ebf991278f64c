import type { ComponentChildren } from 'preact';
import type { CaptureReply } from '../lib/capture/capture';

/**
 * "Save this page as proof" and what came of it. The result is shown as text
 * (titles and numbers come from the page). Children: the link editor for the new item.
 */
export function SaveProofButton(props: {
  busy: boolean;
  result?: CaptureReply;
  onSave: (allowAnyPage: boolean) => void;
  /** Offers a reference number found on the page for the account. */
  onUseReference?: (value: string) => void;
  usedReferences?: string[];
  children?: ComponentChildren;
}) {
  const { result } = props;
  return (
    <section class="save-proof" aria-label="Proof of this page">
      <button type="button" class="primary" disabled={props.busy} aria-busy={props.busy} onClick={() => props.onSave(false)}>
        {props.busy ? 'Saving this page…' : 'Save this page as proof'}
      </button>
      <div role="status" aria-live="polite">
        {result?.ok === true && (
          <div class="proof-result">
            <p>
              <strong>Saved as proof</strong> at {new Date(result.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}: “{result.title}”.
            </p>
            {result.notes.map((n) => (
              <p class="muted">{n}</p>
            ))}
            {result.references.length > 0 && (
              <ul class="references" aria-label="Reference numbers found on the page">
                {result.references.map((ref) => (
                  <li>
                    <code>{ref}</code>{' '}
                    {props.onUseReference &&
                      (props.usedReferences?.includes(ref) ? (
                        <span class="muted">added to the account's notes</span>
                      ) : (
                        <button type="button" onClick={() => props.onUseReference!(ref)}>
                          Add to the account's notes
                        </button>
                      ))}
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
