/**
 * Small repositories over the database: every write validates with the model's
 * schema first, so nothing invalid (or half-valid) is ever stored.
 */
import { applyChanges, buildSteps, mergeChecklist } from '../checklist/playbooks';
import { t } from '../i18n';
import { Account, EstateCase, type Intent, newId, nowIso, Task } from '../model';
import type { Provider } from '../providers/schema';
import { isVaultLocked } from '../vault/errors';
import { ACTIVE_CASE, accountsOfCase } from './caseReads';
import { db } from './database';
import { changeSteps } from './steps';

/** The case's optional words: an empty one is absent. */
const optionalCaseFields = ['survivorName', 'userName', 'userAddress', 'userPhone', 'userEmail'] as const;
export type CaseInput = Pick<EstateCase, 'deceasedName' | 'dateOfDeath' | 'userRole'> &
  Partial<Record<(typeof optionalCaseFields)[number], string>>;

/** The case with its empty optional fields removed (a form sends '' for a field left blank). */
export function withoutEmptyFields<T extends Record<string, unknown>>(values: T): T {
  const out: Record<string, unknown> = { ...values };
  for (const key of optionalCaseFields) if (typeof out[key] === 'string' && !(out[key] as string).trim()) delete out[key];
  return out as T;
}

export async function createCase(input: CaseInput, now = new Date()): Promise<EstateCase> {
  const stamp = nowIso(now);
  const estateCase = EstateCase.parse({
    ...withoutEmptyFields(input),
    id: newId(),
    createdAt: stamp,
    updatedAt: stamp,
  });
  const d = db();
  await d.transaction('rw', d.cases, d.settings, async () => {
    await d.cases.add(estateCase);
    await d.settings.put({ key: ACTIVE_CASE, value: estateCase.id });
  });
  return estateCase;
}

export async function setActiveCase(caseId: string): Promise<void> {
  await db().settings.put({ key: ACTIVE_CASE, value: caseId });
}

/** Tasks of an account, regenerated from the playbook and merged with what the user did. */
export async function syncChecklist(account: Account, provider: Provider, now = new Date()): Promise<void> {
  const d = db();
  await d.transaction('rw', [d.cases, d.checklists, d.devices], async () => {
    const [estateCase, devices] = await Promise.all([
      d.cases.get(account.caseId),
      d.devices.where('accountId').equals(account.id).toArray(),
    ]);
    const steps = buildSteps({ provider, intent: account.intent, estateCase, devices });
    await changeSteps(account, (existing) => {
      const { put, remove } = mergeChecklist(account, existing, steps, nowIso(now), newId);
      return applyChanges(existing, { put: put.map((t) => Task.parse(t)), remove });
    });
  });
}

export async function addAccount(caseId: string, provider: Provider, intent: Intent = 'undecided', now = new Date()): Promise<Account> {
  const stamp = nowIso(now);
  const account = Account.parse({ id: newId(), caseId, providerId: provider.id, intent, createdAt: stamp, updatedAt: stamp });
  await db().accounts.add(account);
  await syncChecklist(account, provider, now);
  return account;
}

/** Edits the case; the checklist titles that name the survivor follow. */
export async function updateCase(
  caseId: string,
  patch: Partial<CaseInput>,
  providers: (id: string) => Provider | undefined,
  now = new Date(),
): Promise<EstateCase> {
  const d = db();
  const current = await d.cases.get(caseId);
  if (!current) throw new Error(t('errors.caseGone'));
  const next = EstateCase.parse(withoutEmptyFields({ ...current, ...patch, updatedAt: nowIso(now) }));
  await d.cases.put(next);
  for (const account of await accountsOfCase(caseId)) {
    const provider = providers(account.providerId);
    if (provider) await syncChecklist(account, provider, now);
  }
  return next;
}

export type AccountPatch = Partial<
  Pick<
    Account,
    'intent' | 'accountNumber' | 'serviceAddress' | 'serviceState' | 'nameOnAccount' | 'notes' | 'disconnectDate' | 'resolutionSought'
  >
>;

/** Saves account details; a change of intent regenerates the checklist, keeping the user's work. */
export async function updateAccount(
  accountId: string,
  patch: AccountPatch,
  provider: Provider | undefined,
  now = new Date(),
): Promise<Account> {
  const d = db();
  const current = await d.accounts.get(accountId);
  if (!current) throw new Error(t('errors.accountGone'));
  const merged: Record<string, unknown> = { ...current, ...patch, updatedAt: nowIso(now) };
  for (const [k, v] of Object.entries(patch)) if (v === '' || v === undefined) delete merged[k];
  const next = Account.parse(merged);
  await d.accounts.put(next);
  if (provider && next.intent !== current.intent) await syncChecklist(next, provider, now);
  return next;
}

/**
 * Regenerates every account's checklist (after an update brought new playbooks or
 * provider data). Idempotent: accounts whose steps did not change are not written.
 */
export async function syncAllChecklists(providers: (id: string) => Provider | undefined, now = new Date()): Promise<number> {
  let synced = 0;
  for (const account of await db().accounts.toArray()) {
    const provider = providers(account.providerId);
    if (!provider) continue;
    await syncChecklist(account, provider, now);
    synced += 1;
  }
  return synced;
}

/** Set when an update found the lock on: the checklists follow at the next unlock. */
const SYNC_PENDING = 'checklistSyncPending';

/**
 * After an extension update: every checklist follows the new playbooks and provider facts.
 * With the lock on, the step titles cannot be written, so the update is remembered and made
 * at the next unlock (checklistSyncPending). Says whether the checklists were updated.
 */
export async function syncChecklistsOrDefer(providers: (id: string) => Provider | undefined, now = new Date()): Promise<boolean> {
  try {
    await syncAllChecklists(providers, now);
  } catch (error) {
    if (!isVaultLocked(error)) throw error;
    await db().settings.put({ key: SYNC_PENDING, value: true });
    return false;
  }
  await db().settings.delete(SYNC_PENDING);
  return true;
}

/** Whether an update is still waiting for the lock to open to update the checklists. */
export async function checklistSyncPending(): Promise<boolean> {
  return (await db().settings.get(SYNC_PENDING))?.value === true;
}
