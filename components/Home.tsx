import type { ComponentChildren } from 'preact';
import { t } from '../lib/i18n';
import { pageKindLabels } from '../lib/labels';
import type { PageKind } from '../lib/model';
import { AttentionList, type AttentionRow } from './AttentionList';

/**
 * The pieces of the panel's main view, drawn alike by its first screen (from the
 * background's answer, before the panel's own database code has loaded) and by the
 * live view that takes over from it: the same markup, so nothing moves when it does.
 */

/** On a provider's page: whose page this is, and what kind. */
export function ProviderHeader(props: { name: string; pageKind: PageKind }) {
  return (
    <header class="provider-header">
      <h1>{props.name}</h1>
      <p class="muted">{t('here.youAreOn', { name: props.name, page: pageKindLabels[props.pageKind] })}</p>
    </header>
  );
}

/**
 * What needs attention across the estate, most urgent first (at most a few; `total` in
 * all, the badge's number). With nothing to do it says so in one calm line.
 */
export function HomeAttention(props: { rows: AttentionRow[]; total: number; onOpen?: (row: AttentionRow) => void; onSeeAll: () => void }) {
  return (
    <section class="home-attention" aria-labelledby="home-attention-heading">
      <h3 id="home-attention-heading">
        {t('panel.needsAttention')}
        {props.total > 0 && <span class="attention-count"> {t('panel.attentionCount', { count: props.total })}</span>}
      </h3>
      <AttentionList rows={props.rows} onOpen={props.onOpen} />
      {props.total > props.rows.length && (
        <button type="button" class="link" onClick={props.onSeeAll}>
          {t('panel.attentionAllInReminders', { count: props.total })}
        </button>
      )}
    </section>
  );
}

/** On a provider's page: that provider's accounts (`children`), then adding one or seeing every account. */
export function ProviderAccounts(props: {
  name: string;
  count: number;
  onAdd: () => void;
  onSeeAll: () => void;
  children: ComponentChildren;
}) {
  return (
    <section aria-label={t('here.providerAccounts', { name: props.name })}>
      {props.children}
      <div class="row">
        <button type="button" class={props.count === 0 ? 'primary' : ''} onClick={props.onAdd}>
          {props.count === 0 ? t('here.addFirst', { name: props.name }) : t('here.addAnother', { name: props.name })}
        </button>
        <button type="button" class="link" onClick={props.onSeeAll}>
          {t('here.seeAll')}
        </button>
      </div>
    </section>
  );
}

/** Every account of the estate: (on a provider's page, the way back to its accounts), what needs attention, the dashboard. */
export function AllAccounts(props: { backTo?: { name: string; onBack: () => void }; children: ComponentChildren }) {
  return (
    <section aria-label={t('here.allAccounts')}>
      {props.backTo && (
        <button type="button" class="link" onClick={props.backTo.onBack}>
          {t('here.backTo', { name: props.backTo.name })}
        </button>
      )}
      <h2>{t('here.allAccounts')}</h2>
      {props.children}
    </section>
  );
}
