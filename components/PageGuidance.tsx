import { channelKindLabels, documentKindLabels } from '../lib/labels';
import type { PageKind } from '../lib/model';
import type { Fact, Provider } from '../lib/providers/schema';

export interface DetectedReference {
  label: string;
  value: string;
  context: string;
  saved: boolean;
}

const optionNames = { close: 'Close the account', transfer: 'Transfer it into your name' } as const;

function SourceLink(props: { provider: Provider; source: string }) {
  const source = props.provider.sources.find((s) => s.id === props.source);
  if (!source) return null;
  return (
    <>
      {' '}
      <a class="source" href={source.url} target="_blank" rel="noreferrer" title={`Checked ${source.checked}`}>
        source
      </a>
    </>
  );
}

function Facts(props: { provider: Provider; facts: readonly Fact[]; label: string }) {
  if (props.facts.length === 0) return null;
  return (
    <ul class="facts" aria-label={props.label}>
      {props.facts.map((f) => (
        <li key={f.text}>
          {f.text}
          <SourceLink provider={props.provider} source={f.source} />
        </li>
      ))}
    </ul>
  );
}

/**
 * What to do on the page the user is on: the registry's sourced guidance for this
 * kind of page, the bereavement details on a bereavement page, and reference
 * numbers the page shows, with an offer to save each to the account.
 * Everything from the page is rendered as text.
 */
export function PageGuidance(props: {
  provider: Provider;
  pageKind: PageKind;
  references: DetectedReference[];
  /** Why numbers cannot be saved yet (no account for this provider), or undefined when they can. */
  saveBlockedReason?: string;
  saveError?: string;
  onSave: (ref: DetectedReference) => void;
}) {
  const { provider, pageKind } = props;
  const b = pageKind === 'bereavement' ? provider.bereavement : undefined;
  // The registry's advice for this kind of page; on a bereavement page without any, its sourced notes.
  const guidance = provider.guidance[pageKind] ?? b?.notes ?? [];
  const hasBereavement = !!b && b.options.length + b.documents.length + b.channels.length > 0;
  if (guidance.length === 0 && !hasBereavement && props.references.length === 0) return null;

  return (
    <section class="page-guidance" aria-labelledby="page-guidance-title">
      <h2 id="page-guidance-title">On this page</h2>
      <Facts provider={provider} facts={guidance} label="What to do here" />
      {b && hasBereavement && (
        <>
          {b.options.length > 0 && (
            <>
              <h3>Your choices</h3>
              <ul aria-label="Your choices">
                {b.options.map((o) => (
                  <li key={o}>{optionNames[o]}</li>
                ))}
              </ul>
            </>
          )}
          {b.documents.length > 0 && (
            <>
              <h3>What to upload or send</h3>
              <ul class="facts" aria-label="What to upload or send">
                {b.documents.map((d) => (
                  <li key={d.kind}>
                    <strong>{documentKindLabels[d.kind]}</strong>
                    {d.note ? `: ${d.note}` : ''}
                    <SourceLink provider={provider} source={d.source} />
                  </li>
                ))}
              </ul>
            </>
          )}
          {b.channels.length > 0 && (
            <>
              <h3>Other ways to reach {provider.name}</h3>
              <ul class="facts" aria-label="Ways to reach the provider">
                {b.channels.map((c) => (
                  <li key={`${c.kind}-${c.value}`}>
                    {channelKindLabels[c.kind]}
                    {c.label ? ` (${c.label})` : ''}: {c.value}
                    {c.hours ? `, ${c.hours}` : ''}
                    <SourceLink provider={provider} source={c.source} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      {props.references.length > 0 && (
        <div class="references">
          <h3>Numbers on this page</h3>
          {props.saveBlockedReason && <p class="muted">{props.saveBlockedReason}</p>}
          {props.saveError && (
            <p class="error" role="alert">
              {props.saveError}
            </p>
          )}
          <ul aria-label="Numbers on this page">
            {props.references.map((r) => (
              <li key={r.value}>
                <div>
                  {r.label}: <strong class="ref-value">{r.value}</strong>
                </div>
                <small class="muted ref-context">“{r.context}”</small>
                <div>
                  {r.saved ? (
                    <span class="saved" role="status">
                      Saved to the account
                    </span>
                  ) : (
                    <button type="button" disabled={!!props.saveBlockedReason} onClick={() => props.onSave(r)}>
                      Save {r.label.toLowerCase()} {r.value} to the account
                    </button>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
