import { statusLabels } from '../lib/derived/accountStatus';
import type { AccountSummary } from '../lib/derived/states';

export interface DashboardRow extends AccountSummary {
  providerName: string;
}

/** Every account of the case with its progress; what needs attention first. */
export function Dashboard(props: { rows: DashboardRow[]; onOpen: (accountId: string) => void }) {
  if (props.rows.length === 0)
    return <p class="muted">No accounts yet. Open a provider's website (cable, phone, electricity…) or add one below.</p>;
  return (
    <ul class="dashboard" aria-label="Accounts">
      {props.rows.map((row) => {
        const urgent = row.overdue + row.devicesOverdue + row.brokenPromises > 0;
        return (
          <li key={row.accountId} class={urgent ? 'urgent' : ''}>
            <button type="button" class="account-row" onClick={() => props.onOpen(row.accountId)}>
              <span class="account-row-head">
                <strong>{row.providerName}</strong> <span class="status">{statusLabels[row.status]}</span>
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
  );
}
