import { useState } from 'preact/hooks';
import { statusLabels } from '../lib/derived/accountStatus';
import { type AccountSummary, settledCount } from '../lib/derived/states';
import { t } from '../lib/i18n';
import { categoryLabels } from '../lib/labels';
import type { Category, Intent } from '../lib/model';

export interface DashboardRow extends AccountSummary {
  providerName: string;
}

/** The providers of one kind of service, as the registry (and the user's tracked sites) know them. */
export interface ProviderChoices {
  category: Category;
  providers: Array<{ id: string; name: string }>;
}

/** The intent in a word or two: "Close", "Move to Linda", "Not decided yet". */
export function intentShort(intent: Intent, survivorName?: string): string {
  if (intent === 'close') return t('panel.intentClose');
  if (intent === 'transfer') return t('panel.intentTransfer', { name: survivorName?.trim() || t('panel.aSurvivor') });
  return t('panel.intentUndecided');
}

/**
 * The home of the panel: how far the estate is ("2 of 5 accounts settled"), every
 * account with what is to happen to it and its next step, what needs attention
 * first; and, to start, help listing the accounts the person had.
 */
export function Dashboard(props: {
  rows: DashboardRow[];
  survivorName?: string;
  deceasedName: string;
  choices: ProviderChoices[];
  onOpen: (accountId: string) => void;
  onAdd: (providerId: string) => void;
}) {
  const { settled, total } = settledCount(props.rows);
  if (total === 0) {
    return (
      <section class="stack" aria-labelledby="list-accounts">
        <h3 id="list-accounts">{t('panel.whichAccounts', { name: props.deceasedName })}</h3>
        <p>{t('panel.thinkOfBills')}</p>
        <AccountPicker choices={props.choices} onAdd={props.onAdd} open />
      </section>
    );
  }
  return (
    <>
      <p class="estate-progress">
        <strong>{t('panel.settledOf', { settled, count: total })}</strong>
        <progress max={total} value={settled} aria-label={t('panel.accountsSettled')} />
      </p>
      <ul class="dashboard" aria-label={t('panel.accounts')}>
        {props.rows.map((row) => {
          const urgent = row.overdue + row.devicesOverdue + row.brokenPromises > 0;
          return (
            <li key={row.accountId} class={urgent ? 'urgent' : ''}>
              <button type="button" class="account-row" onClick={() => props.onOpen(row.accountId)}>
                <span class="account-row-head">
                  <strong>{row.providerName}</strong> <span class="intent-tag">{intentShort(row.intent, props.survivorName)}</span>
                  <span class="status">{statusLabels[row.status]}</span>
                </span>
                <span class="account-row-facts">
                  {row.overdue > 0 && <span class="pill danger">{t('panel.overdue', { count: row.overdue })}</span>}
                  {row.brokenPromises > 0 && <span class="pill danger">{t('panel.brokenPromises', { count: row.brokenPromises })}</span>}
                  {row.devicesOverdue > 0 && <span class="pill danger">{t('panel.devicesOverdue', { count: row.devicesOverdue })}</span>}
                  {row.devicesOut > row.devicesOverdue && (
                    <span class="pill warn">{t('panel.devicesToReturn', { count: row.devicesOut - row.devicesOverdue })}</span>
                  )}
                  <span class="muted">{t('panel.openSteps', { count: row.open })}</span>
                </span>
                {row.nextStep && <span class="next">{t('panel.next', { step: row.nextStep })}</span>}
              </button>
            </li>
          );
        })}
      </ul>
      <details class="add-account">
        <summary>{t('panel.addAnother')}</summary>
        <AccountPicker choices={props.choices} onAdd={props.onAdd} />
      </details>
    </>
  );
}

/** Kind of service first, then the providers of that kind, and what to do when one is missing. */
function AccountPicker(props: { choices: ProviderChoices[]; onAdd: (providerId: string) => void; open?: boolean }) {
  const [category, setCategory] = useState<Category | ''>('');
  const [missing, setMissing] = useState(false);
  const chosen = props.choices.find((c) => c.category === category);
  return (
    <div class="stack account-picker">
      <fieldset class="category-choices">
        <legend>{t('panel.kindOfService')}</legend>
        {props.choices.map((c) => (
          <button
            type="button"
            key={c.category}
            aria-pressed={c.category === category}
            onClick={() => {
              setCategory(c.category);
              setMissing(false);
            }}
          >
            {categoryLabels[c.category]}
          </button>
        ))}
      </fieldset>
      {chosen && (
        <fieldset class="provider-choices">
          <legend>{t('panel.whichProvider', { category: categoryLabels[chosen.category] })}</legend>
          {chosen.providers.map((p) => (
            <button type="button" key={p.id} onClick={() => props.onAdd(p.id)}>
              {p.name}
            </button>
          ))}
          <button type="button" class="link" aria-expanded={missing} onClick={() => setMissing(!missing)}>
            {t('panel.notInList')}
          </button>
        </fieldset>
      )}
      {missing && (
        <p class="muted" role="status">
          {t('panel.notInListHelp')}
        </p>
      )}
    </div>
  );
}
