import { buildSteps, noBereavementProcessText } from '../lib/checklist/playbooks';
import { shownText } from '../lib/checklist/stepWords';
import { t } from '../lib/i18n';
import { channelKindLabels, documentKindLabels, intentLabels, referenceLabel } from '../lib/labels';
import type { PageKind } from '../lib/model';
import { sourceOf } from '../lib/providers/facts';
import type { Channel, Fact, Provider } from '../lib/providers/schema';
import { CorrectionForm, type ShownFact } from './CorrectionForm';
import { SourceNote } from './SourceNote';

export interface DetectedReference {
  label: string;
  value: string;
  context: string;
  saved: boolean;
}

/** A fact's citation, its source looked up in the provider's list. */
function Cite(props: { provider: Provider; source: string; quote: string }) {
  return <SourceNote quote={props.quote} source={sourceOf(props.provider, props.source)} />;
}

function Facts(props: { provider: Provider; facts: readonly Fact[]; label: string }) {
  if (props.facts.length === 0) return null;
  return (
    <ul class="facts" aria-label={props.label}>
      {props.facts.map((f) => (
        <li key={f.text}>
          {f.text} <Cite provider={props.provider} source={f.source} quote={f.quote} />
        </li>
      ))}
    </ul>
  );
}

function Channels(props: { provider: Provider; channels: readonly Channel[]; label: string }) {
  if (props.channels.length === 0) return null;
  return (
    <ul class="facts" aria-label={props.label}>
      {props.channels.map((c) => (
        <li key={`${c.kind}-${c.value}-${c.label ?? ''}`}>
          {channelKindLabels[c.kind]}
          {c.label ? ` (${c.label})` : ''}: {c.value}
          {c.hours ? `, ${c.hours}` : ''} <Cite provider={props.provider} source={c.source} quote={c.quote} />
        </li>
      ))}
    </ul>
  );
}

/** The bereavement details the provider (or others) describe: choices, documents, channels, notes. */
function BereavementDetails(props: { provider: Provider; withNotes: boolean }) {
  const b = props.provider.bereavement;
  if (!b) return null;
  const options = [...new Map(b.options.map((o) => [o.option, o])).values()];
  return (
    <>
      {options.length > 0 && (
        <>
          <h3>{t('here.yourChoices')}</h3>
          <ul aria-label={t('here.yourChoices')}>
            {options.map((o) => (
              <li key={o.option}>{intentLabels()[o.option]}</li>
            ))}
          </ul>
        </>
      )}
      {b.documents.length > 0 && (
        <>
          <h3>{t('here.whatToSend')}</h3>
          <ul class="facts" aria-label={t('here.whatToSend')}>
            {b.documents.map((d) => (
              <li key={d.kind}>
                <strong>{documentKindLabels[d.kind]}</strong>
                {d.note ? `: ${d.note}` : ''} <Cite provider={props.provider} source={d.source} quote={d.quote} />
              </li>
            ))}
          </ul>
        </>
      )}
      {b.channels.length > 0 && (
        <>
          <h3>{t('here.waysToReach', { name: props.provider.name })}</h3>
          <Channels provider={props.provider} channels={b.channels} label={t('here.waysToReachLabel')} />
        </>
      )}
      {props.withNotes && <Facts provider={props.provider} facts={b.notes} label={t('here.othersReport')} />}
    </>
  );
}

/** What is known of the provider's process after a death, said plainly whatever page the user is on. */
function AfterADeath(props: { provider: Provider; pageKind: PageKind }) {
  const { provider, pageKind } = props;
  const b = provider.bereavement;
  const none = noBereavementProcessText(provider);
  if (none !== undefined) {
    const steps = buildSteps({ provider, intent: 'undecided' });
    return (
      <div class="after-death">
        <h3>{t('here.afterDeath')}</h3>
        <p class="plain">{none}</p>
        {b?.searched && <p class="muted">{t('here.lastLookedFor', { date: b.searched })}</p>}
        <h3>{t('here.usually')}</h3>
        <ol aria-label={t('here.usually')}>
          {steps.map((s) => (
            <li key={s.key}>{shownText(s.words.title)}</li>
          ))}
        </ol>
      </div>
    );
  }
  if (!b) return null;
  if (b.status === 'second-hand only') {
    return (
      <div class="after-death">
        <h3>{t('here.afterDeath')}</h3>
        <p class="plain">{t('here.secondHandOnly', { name: provider.name })}</p>
        <BereavementDetails provider={provider} withNotes />
      </div>
    );
  }
  // Verified: the details on the bereavement page itself; elsewhere, the way to it.
  if (pageKind === 'bereavement') return <BereavementDetails provider={provider} withNotes={false} />;
  return (
    <p class="after-death">
      {t('here.publishes', { name: provider.name })}{' '}
      <a href={b.url} target="_blank" rel="noreferrer">
        {t('here.publishesLink')}
      </a>
      .
    </p>
  );
}

/** The facts the panel shows for this page, for the "wrong or out of date" report. */
function shownFacts(provider: Provider, guidance: readonly Fact[], pageKind: PageKind): ShownFact[] {
  const b = provider.bereavement;
  const facts: ShownFact[] = guidance.map((f) => ({ text: f.text, source: f.source }));
  const withDetails = b && (b.status === 'second-hand only' || (b.status === 'verified first-party' && pageKind === 'bereavement'));
  if (b && withDetails) {
    facts.push(...b.documents.map((d) => ({ text: `${documentKindLabels[d.kind]}${d.note ? `: ${d.note}` : ''}`, source: d.source })));
    facts.push(...b.channels.map((c) => ({ text: `${channelKindLabels[c.kind]}: ${c.value}`, source: c.source })));
    if (b.status === 'second-hand only') facts.push(...b.notes.map((n) => ({ text: n.text, source: n.source })));
  }
  facts.push(...provider.contact.map((c) => ({ text: `${channelKindLabels[c.kind]}: ${c.value}`, source: c.source })));
  const none = b?.status === 'none found' && noBereavementProcessText(provider);
  if (none) facts.push({ text: none });
  return facts;
}

/**
 * What to do on the page the user is on: the registry's sourced guidance for this
 * kind of page, what is known of the provider's process after a death (said plainly
 * when nothing is), its general customer-service lines, reference numbers the page
 * shows with an offer to save each to the account, and a way to report a fact that
 * looks wrong. Every fact comes with its quote, its source and the day it was
 * checked. Everything from the page is rendered as text.
 */
export function PageGuidance(props: {
  provider: Provider;
  pageKind: PageKind;
  references: DetectedReference[];
  /** Why numbers cannot be saved yet (no account for this provider), or undefined when they can. */
  saveBlockedReason?: string;
  saveError?: string;
  onSave: (ref: DetectedReference) => void;
  /** Today, YYYY-MM-DD: the date on a correction report. */
  today: string;
  /** The page's address, for a correction report (its query is never kept). */
  pageUrl?: string;
  onCopyReport(text: string): Promise<void>;
  onSaveReport: (text: string, fileName: string) => void;
  /** Once the user's own account is shown above: the provider's guidance folded, the numbers on the page still offered. */
  collapsed?: boolean;
}) {
  const { provider, pageKind } = props;
  const b = provider.bereavement;
  // The registry's advice for this kind of page; on a verified bereavement page without any, its sourced notes.
  const guidance = provider.guidance[pageKind] ?? (pageKind === 'bereavement' && b?.status === 'verified first-party' ? b.notes : []);

  const advice = (
    <>
      <Facts provider={provider} facts={guidance} label={t('here.whatToDoHere')} />
      <AfterADeath provider={provider} pageKind={pageKind} />
      {provider.contact.length > 0 && (
        <>
          <h3>{t('here.generalService')}</h3>
          <Channels provider={provider} channels={provider.contact} label={t('here.generalServiceLabel')} />
        </>
      )}
    </>
  );
  const numbers = props.references.length > 0 && (
    <div class="references">
      <h3>{t('here.numbersOnPage')}</h3>
      {props.saveBlockedReason && <p class="muted">{props.saveBlockedReason}</p>}
      {props.saveError && (
        <p class="error" role="alert">
          {props.saveError}
        </p>
      )}
      <ul aria-label={t('here.numbersOnPage')}>
        {props.references.map((r) => (
          <li key={r.value}>
            <div>
              {referenceLabel(r.label)}: <strong class="ref-value">{r.value}</strong>
            </div>
            <small class="muted ref-context">“{r.context}”</small>
            <div>
              {r.saved ? (
                <span class="saved" role="status">
                  {t('here.savedToAccount')}
                </span>
              ) : (
                <button type="button" disabled={!!props.saveBlockedReason} onClick={() => props.onSave(r)}>
                  {t('here.saveNumber', { label: referenceLabel(r.label).toLowerCase(), value: r.value })}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
  const correction = (
    <CorrectionForm
      provider={provider}
      facts={shownFacts(provider, guidance, pageKind)}
      pageUrl={props.pageUrl}
      today={props.today}
      onCopy={props.onCopyReport}
      onSave={props.onSaveReport}
    />
  );

  return (
    <section class="page-guidance" aria-labelledby="page-guidance-title">
      {props.collapsed ? (
        <>
          {numbers}
          <details class="guidance-more">
            <summary>
              <h2 id="page-guidance-title">{t('here.collapsedTitle', { name: provider.name })}</h2>
            </summary>
            {advice}
            {correction}
          </details>
        </>
      ) : (
        <>
          <h2 id="page-guidance-title">{t('here.onThisPage')}</h2>
          {advice}
          {numbers}
          {correction}
        </>
      )}
    </section>
  );
}
