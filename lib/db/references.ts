/**
 * Saving a reference number read from a provider page onto its account. It goes
 * on the account's "Get a confirmation or reference number" task (the note keeps
 * the number, the page it came from and the day) and ticks that task: the number
 * is exactly what the step asked for. Contacts are for calls, chats and letters,
 * and captured pages (evidence) belong to the evidence store; a number seen on a page is
 * neither. Without that task (a user-written checklist) it goes in the account's notes.
 */
import { localDate } from '../dates';
import { t } from '../i18n';
import { Account, nowIso, Task } from '../model';
import { db } from './database';
import { changeSteps, stepsOfAccount } from './steps';

export const CONFIRMATION_STEP = 'confirmation';

export interface SavedReference {
  label: string;
  value: string;
}

function line(ref: SavedReference, url: string | undefined, now: Date): string {
  const from = url ? `, from ${url.slice(0, 300)}` : '';
  return `${ref.label}: ${ref.value} (seen ${localDate(now)}${from})`;
}

function appended(existing: string | undefined, addition: string): string {
  return existing ? `${existing}\n${addition}` : addition;
}

/** True when the number is already kept on the account (task note or account notes). */
export function isSaved(value: string, account: Pick<Account, 'notes'>, tasks: readonly Pick<Task, 'note' | 'stepKey'>[]): boolean {
  const has = (text?: string) => !!text && text.includes(`: ${value} (`);
  return has(account.notes) || tasks.some((t) => t.stepKey === CONFIRMATION_STEP && has(t.note));
}

/**
 * Records the number on the account; saving the same number twice changes nothing.
 * Throws a plain message when the account is gone or the note would be too long.
 */
export async function saveReferenceToAccount(
  accountId: string,
  ref: SavedReference,
  url?: string,
  now = new Date(),
): Promise<'task' | 'account'> {
  const d = db();
  return d.transaction('rw', d.accounts, d.checklists, async () => {
    const account = await d.accounts.get(accountId);
    if (!account) throw new Error(t('errors.accountGone'));
    const tasks = await stepsOfAccount(accountId);
    const task = tasks.find((t) => t.stepKey === CONFIRMATION_STEP);
    if (isSaved(ref.value, account, tasks)) return task ? 'task' : 'account';
    const stamp = nowIso(now);
    if (task) {
      const parsed = Task.safeParse({ ...task, note: appended(task.note, line(ref, url, now)), state: 'done', updatedAt: stamp });
      if (!parsed.success) throw new Error(t('errors.taskNoteFull'));
      await changeSteps(account, (steps) => steps.map((t) => (t.id === task.id ? parsed.data : t)));
      return 'task';
    }
    const parsed = Account.safeParse({ ...account, notes: appended(account.notes, line(ref, url, now)), updatedAt: stamp });
    if (!parsed.success) throw new Error(t('errors.accountNotesFull'));
    await d.accounts.put(parsed.data);
    return 'account';
  });
}
