import { useState } from 'preact/hooks';
import { statusLabels } from '../lib/derived/accountStatus';
import { type AccountSummary, settledCount } from '../lib/derived/states';
import type { Category, Intent } from '../lib/model';
import { categoryNames } from './TrackSite';

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
  if (intent === 'close') return 'Close';
  if (intent === 'transfer') return `Move to ${survivorName?.trim() || 'a survivor'}`;
  return 'Not decided yet';
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
        <h3 id="list-accounts">Which accounts did {props.deceasedName} have?</h3>
        <p>Think of the bills that came each month. Choose a kind of service to see the providers this extension knows.</p>
        <AccountPicker choices={props.choices} onAdd={props.onAdd} open />
      </section>
    );
  }
  return (
    <>
      <p class="estate-progress">
        <strong>
          {settled} of {total} {total === 1 ? 'account' : 'accounts'} settled
        </strong>
        <progress max={total} value={settled} aria-label="Accounts settled" />
      </p>
      <ul class="dashboard" aria-label="Accounts">
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
                  {row.overdue > 0 && <span class="pill danger">{row.overdue} overdue</span>}
                  {row.brokenPromises > 0 && (
                    <span class="pill danger">
                      {row.brokenPromises} broken promise{row.brokenPromises > 1 ? 's' : ''}
                    </span>
                  )}
                  {row.devicesOverdue > 0 && (
                    <span class="pill danger">
                      {row.devicesOverdue} device{row.devicesOverdue > 1 ? 's' : ''} overdue
                    </span>
                  )}
                  {row.devicesOut > row.devicesOverdue && (
                    <span class="pill warn">
                      {row.devicesOut - row.devicesOverdue} device{row.devicesOut - row.devicesOverdue > 1 ? 's' : ''} to return
                    </span>
                  )}
                  <span class="muted">
                    {row.open} open step{row.open === 1 ? '' : 's'}
                  </span>
                </span>
                {row.nextStep && <span class="next">Next: {row.nextStep}</span>}
              </button>
            </li>
          );
        })}
      </ul>
      <details class="add-account">
        <summary>Add another account</summary>
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
        <legend>Kind of service</legend>
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
            {categoryNames[c.category]}
          </button>
        ))}
      </fieldset>
      {chosen && (
        <fieldset class="provider-choices">
          <legend>{categoryNames[chosen.category]}: which provider?</legend>
          {chosen.providers.map((p) => (
            <button type="button" key={p.id} onClick={() => props.onAdd(p.id)}>
              {p.name}
            </button>
          ))}
          <button type="button" class="link" aria-expanded={missing} onClick={() => setMissing(!missing)}>
            Not in the list
          </button>
        </fieldset>
      )}
      {missing && (
        <p class="muted" role="status">
          You can still keep track of it: open its website in a tab. At the bottom of this panel you can then track that site as a provider,
          and add it here like the others.
        </p>
      )}
    </div>
  );
}
