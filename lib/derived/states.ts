/**
 * Derived states of the estate workflow: never stored, always computed from the
 * records and today's date, so they cannot drift apart.
 */

import { shownTitle } from '../checklist/stepWords';
import type { Account, Device, DocumentSent, PromiseMade, PromiseStatus } from '../model';
import type { ProviderSummary } from '../providers/summary';
import { type AccountStatus, accountStatus } from './accountStatus';
import type { TaskTally } from './tally';

/** Adds whole days to a calendar date (2026-03-14 + 10 -> 2026-03-24), free of time zones. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Broken once its date has passed without the user saying it was kept. */
export function promiseStatus(promise: Pick<PromiseMade, 'dueDate' | 'resolution'>, today: string): PromiseStatus {
  if (promise.resolution === 'kept') return 'kept';
  if (promise.resolution === 'not_kept') return 'broken';
  return promise.dueDate < today ? 'broken' : 'pending';
}

export interface DeviceDeadline {
  /** The last day to return it, when known. */
  returnBy?: string;
  /** Where returnBy comes from. */
  basis?: 'provider_date' | 'return_window';
  overdue: boolean;
  /** The provider's published charge for not returning this kind of device, if known. */
  feeUsd?: number;
}

export function isOutstanding(device: Pick<Device, 'state'>): boolean {
  return device.state === 'pending' || device.state === 'return_started';
}

/**
 * When a device must be back: a date the provider gave wins; else the registry's
 * return window counted from the disconnect date. Unknown stays unknown.
 */
export function deviceDeadline(
  device: Pick<Device, 'state' | 'kind' | 'returnBy'>,
  account: Pick<Account, 'disconnectDate'> | undefined,
  provider: Pick<ProviderSummary, 'equipment'> | undefined,
  today: string,
): DeviceDeadline {
  const fee = provider?.equipment?.fees.find((f) => f.device === device.kind)?.upToUsd;
  let returnBy: string | undefined;
  let basis: DeviceDeadline['basis'];
  if (device.returnBy) {
    returnBy = device.returnBy;
    basis = 'provider_date';
  } else if (account?.disconnectDate && provider?.equipment?.returnWindowDays) {
    returnBy = addDays(account.disconnectDate, provider.equipment.returnWindowDays.days);
    basis = 'return_window';
  }
  return { returnBy, basis, overdue: isOutstanding(device) && !!returnBy && returnBy < today, feeUsd: fee };
}

/** Days since a document went out without an acknowledgment, or null once acknowledged. */
export function daysUnacknowledged(doc: Pick<DocumentSent, 'sentOn' | 'acknowledgedOn'>, today: string): number | null {
  if (doc.acknowledgedOn) return null;
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${doc.sentOn}T00:00:00Z`)) / 86_400_000);
}

/** Account number for display: only the last four, the rest masked. */
export function maskAccountNumber(value: string | undefined): string {
  if (!value) return '';
  const compact = value.replace(/\s+/g, '');
  if (compact.length <= 4) return '•'.repeat(compact.length);
  return `•••• ${compact.slice(-4)}`;
}

export interface AccountSummary {
  accountId: string;
  providerId: string;
  /** What the user chose to do with it. */
  intent: Account['intent'];
  status: AccountStatus;
  open: number;
  overdue: number;
  devicesOut: number;
  devicesOverdue: number;
  brokenPromises: number;
  /** The first open step, what to do next. */
  nextStep?: string;
}

const noSteps: TaskTally = { total: 0, todo: 0, waiting: 0, overdue: 0 };

/** One line of the dashboard, derived from the account's records. */
export function summarizeAccount(
  account: Pick<Account, 'id' | 'providerId' | 'intent' | 'disconnectDate'>,
  records: { steps: TaskTally; devices: readonly Device[]; promises: readonly PromiseMade[] },
  provider: Pick<ProviderSummary, 'equipment'> | undefined,
  today: string,
): AccountSummary {
  const { steps } = records;
  const out = records.devices.filter(isOutstanding);
  return {
    accountId: account.id,
    providerId: account.providerId,
    intent: account.intent,
    status: accountStatus(steps),
    open: steps.todo + steps.waiting,
    overdue: steps.overdue,
    devicesOut: out.length,
    devicesOverdue: out.filter((d) => deviceDeadline(d, account, provider, today).overdue).length,
    brokenPromises: records.promises.filter((p) => promiseStatus(p, today) === 'broken').length,
    nextStep: steps.next && shownTitle(steps.next),
  };
}

/** How many accounts are settled (every step done or skipped), of how many. */
export function settledCount(rows: readonly Pick<AccountSummary, 'status'>[]): { settled: number; total: number } {
  return { settled: rows.filter((r) => r.status === 'done').length, total: rows.length };
}

/** Accounts needing attention first: overdue, broken promises, then open work; done last. */
export function dashboardOrder(a: AccountSummary, b: AccountSummary): number {
  const urgency = (s: AccountSummary) => s.overdue + s.devicesOverdue + s.brokenPromises;
  const done = (s: AccountSummary) => (s.status === 'done' ? 1 : 0);
  return done(a) - done(b) || urgency(b) - urgency(a) || b.open + b.devicesOut - (a.open + a.devicesOut);
}

/** Every account of a case summarized, its records grouped once (not filtered per account). */
export function summarizeCase(
  records: {
    accounts: readonly Account[];
    steps: ReadonlyMap<string, TaskTally>;
    devices: readonly Device[];
    promises: readonly PromiseMade[];
  },
  providerOf: (providerId: string) => Pick<ProviderSummary, 'equipment'> | undefined,
  today: string,
): AccountSummary[] {
  const group = <T extends { accountId: string }>(rows: readonly T[]) => {
    const byAccount = new Map<string, T[]>();
    for (const row of rows) {
      const list = byAccount.get(row.accountId);
      if (list) list.push(row);
      else byAccount.set(row.accountId, [row]);
    }
    return byAccount;
  };
  const devices = group(records.devices);
  const promises = group(records.promises);
  return records.accounts.map((account) =>
    summarizeAccount(
      account,
      { steps: records.steps.get(account.id) ?? noSteps, devices: devices.get(account.id) ?? [], promises: promises.get(account.id) ?? [] },
      providerOf(account.providerId),
      today,
    ),
  );
}
