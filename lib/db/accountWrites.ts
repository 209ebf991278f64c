/**
 * Writes of the estate workflow: devices, documents sent, the contact log with its
 * promises, and the user's own tasks. Each write is validated first and done in one
 * transaction, so nothing is ever half-saved.
 */

import { returnStepKey } from '../checklist/playbooks';
import { t } from '../i18n';
import { type Account, Contact, Device, DocumentSent, isoDate, newId, nowIso, PromiseMade, Task, type TaskState } from '../model';
import type { Provider } from '../providers/schema';
import { syncChecklist } from './caseWrites';
import { db } from './database';
import { removalsOfAccount } from './records';
import { changeSteps, stepsRewrite } from './steps';
import { deleteWithUndo, type Undo } from './undo';

async function accountOrThrow(accountId: string): Promise<Account> {
  const account = await db().accounts.get(accountId);
  if (!account) throw new Error(t('errors.accountGone'));
  return account;
}

function stamped<T>(record: T, now: Date): T & { createdAt: string; updatedAt: string } {
  const stamp = nowIso(now);
  return { ...record, createdAt: stamp, updatedAt: stamp };
}

// Devices ---------------------------------------------------------------------

/**
 * Stores a device (already checked with checkDevice) and adds its own return step.
 * That step's tick follows the device's state without being stored (lib/derived/progress.ts).
 */
export async function saveDevice(device: Device, provider: Provider | undefined, now = new Date()): Promise<void> {
  const valid = Device.parse({ ...device, updatedAt: nowIso(now) });
  const d = db();
  await d.transaction('rw', [d.cases, d.accounts, d.devices, d.checklists], async () => {
    await d.devices.put(valid);
    const account = await accountOrThrow(valid.accountId);
    if (provider) await syncChecklist(account, provider, now);
  });
}

/** Removes a device and its return step if the user had not touched it. */
export async function deleteDevice(device: Device): Promise<Undo> {
  const d = db();
  const untouchedReturnStep = (t: Task) => t.stepKey === returnStepKey(device) && t.state === 'todo' && !t.note;
  return deleteWithUndo([{ table: d.devices, ids: [device.id] }], [await stepsRewrite(untouchedReturnStep)]);
}

// Documents sent ----------------------------------------------------------------

export async function saveDocumentSent(doc: DocumentSent, now = new Date()): Promise<void> {
  await db().documentsSent.put(DocumentSent.parse({ ...doc, updatedAt: nowIso(now) }));
}

export async function deleteDocumentSent(docId: string): Promise<Undo> {
  const d = db();
  return deleteWithUndo(
    [{ table: d.documentsSent, ids: [docId] }],
    [await stepsRewrite(() => false, { kind: 'documentSentIds', id: docId })],
  );
}

// Contacts and promises ---------------------------------------------------------

export interface PromiseInput {
  what: string;
  dueDate: string;
}

function followUpTitle(promise: Pick<PromiseMade, 'what'>, contact: Pick<Contact, 'representative'>): string {
  const who = contact.representative ? ` (promised by ${contact.representative})` : '';
  return `Check: ${promise.what}${who}`.slice(0, 200);
}

/**
 * Logs a contact; each promise made in it is stored and becomes a follow-up task
 * due on the promised date. All or nothing.
 */
export async function logContact(contact: Contact, promises: PromiseInput[], now = new Date()): Promise<PromiseMade[]> {
  const validContact = Contact.parse(contact);
  const stamp = nowIso(now);
  const made = newPromises(validContact, promises, stamp);
  const d = db();
  await d.transaction('rw', [d.contacts, d.promises, d.checklists], async () => {
    await d.contacts.put(validContact);
    await d.promises.bulkPut(made);
    await changeSteps({ id: validContact.accountId, caseId: validContact.caseId }, (steps) => [
      ...steps,
      ...followUpsOf(made, validContact, steps.length, stamp),
    ]);
  });
  return made;
}

/**
 * Corrects a logged contact: its words and details change, it stays on its account,
 * and its promises and their follow-ups are kept (their titles follow a corrected
 * name); promises added while editing are stored and followed up like new ones.
 */
export async function updateContact(contact: Contact, added: PromiseInput[] = [], now = new Date()): Promise<PromiseMade[]> {
  const d = db();
  const stamp = nowIso(now);
  let made: PromiseMade[] = [];
  await d.transaction('rw', [d.contacts, d.promises, d.checklists], async () => {
    const stored = await d.contacts.get(contact.id);
    if (!stored) throw new Error(t('errors.entryGone'));
    const valid = Contact.parse({
      ...contact,
      caseId: stored.caseId,
      accountId: stored.accountId,
      createdAt: stored.createdAt,
      updatedAt: stamp,
    });
    made = newPromises(valid, added, stamp);
    await d.contacts.put(valid);
    await d.promises.bulkPut(made);
    const kept = new Map((await d.promises.where('contactId').equals(valid.id).toArray()).map((p) => [p.id, p]));
    await changeSteps({ id: valid.accountId, caseId: valid.caseId }, (steps) => [
      ...steps.map((t) => {
        const promise = t.promiseId ? kept.get(t.promiseId) : undefined;
        if (!promise || made.some((m) => m.id === promise.id)) return t;
        const title = followUpTitle(promise, valid);
        return title === t.title ? t : { ...t, title, updatedAt: stamp };
      }),
      ...followUpsOf(made, valid, steps.length, stamp),
    ]);
  });
  return made;
}

function newPromises(contact: Contact, promises: PromiseInput[], stamp: string): PromiseMade[] {
  return promises.map((p) =>
    PromiseMade.parse({
      id: newId(),
      caseId: contact.caseId,
      accountId: contact.accountId,
      contactId: contact.id,
      what: p.what,
      dueDate: p.dueDate,
      createdAt: stamp,
      updatedAt: stamp,
    }),
  );
}

/** Each promise's follow-up step, due on the promised date, after the account's other steps. */
function followUpsOf(made: PromiseMade[], contact: Contact, stepCount: number, stamp: string): Task[] {
  return made.map((p, i) =>
    Task.parse({
      id: newId(),
      caseId: p.caseId,
      accountId: p.accountId,
      promiseId: p.id,
      title: followUpTitle(p, contact),
      detail: contact.referenceNumber ? `Reference ${contact.referenceNumber}.` : undefined,
      state: 'todo',
      dueDate: p.dueDate,
      links: { contactIds: [contact.id], documentSentIds: [], evidenceIds: [] },
      order: 500 + stepCount + i,
      createdAt: stamp,
      updatedAt: stamp,
    }),
  );
}

/** The user's word on a promise. Kept closes its follow-up; not kept leaves it open to chase. */
export async function resolvePromise(
  promiseId: string,
  resolution: 'kept' | 'not_kept' | undefined,
  today: string,
  now = new Date(),
): Promise<void> {
  isoDate.parse(today);
  const d = db();
  await d.transaction('rw', [d.promises, d.checklists], async () => {
    const promise = await d.promises.get(promiseId);
    if (!promise) throw new Error(t('errors.promiseGone'));
    await d.promises.put(PromiseMade.parse({ ...promise, resolution, resolvedOn: resolution ? today : undefined, updatedAt: nowIso(now) }));
    const state: TaskState = resolution === 'kept' ? 'done' : 'todo';
    await changeSteps({ id: promise.accountId, caseId: promise.caseId }, (steps) =>
      steps.map((t) => (t.promiseId === promiseId && t.state !== state ? { ...t, state, updatedAt: nowIso(now) } : t)),
    );
  });
}

export async function deleteContact(contactId: string): Promise<Undo> {
  const d = db();
  const promises = await d.promises.where('contactId').equals(contactId).toArray();
  const ids = new Set(promises.map((p) => p.id));
  const followUp = (t: Task) => !!t.promiseId && ids.has(t.promiseId);
  return deleteWithUndo(
    [
      { table: d.contacts, ids: [contactId] },
      { table: d.promises, ids: [...ids] },
    ],
    [await stepsRewrite(followUp, { kind: 'contactIds', id: contactId })],
  );
}

// Tasks ------------------------------------------------------------------------

export type TaskPatch = Partial<Pick<Task, 'state' | 'dueDate' | 'note' | 'title' | 'links' | 'proofUndone'>>;

/** Saves a change to a task. Ticking a promise's follow-up means the promise was kept. */
export async function updateTask(
  task: Pick<Task, 'id' | 'accountId' | 'caseId'>,
  patch: TaskPatch,
  today: string,
  now = new Date(),
): Promise<void> {
  const d = db();
  await d.transaction('rw', [d.checklists, d.promises], async () => {
    let current: Task | undefined;
    let next!: Task;
    await changeSteps({ id: task.accountId, caseId: task.caseId }, (steps) => {
      current = steps.find((t) => t.id === task.id);
      if (!current) throw new Error(t('errors.taskGone'));
      const merged: Record<string, unknown> = { ...current, ...patch, updatedAt: nowIso(now) };
      for (const [k, v] of Object.entries(patch)) if (v === '' || v === undefined) delete merged[k];
      next = Task.parse(merged);
      return steps.map((t) => (t === current ? next : t));
    });
    if (current && next.promiseId && patch.state && patch.state !== current.state) {
      const promise = await d.promises.get(next.promiseId);
      if (promise) {
        const kept = next.state === 'done';
        await d.promises.put({
          ...promise,
          resolution: kept ? 'kept' : promise.resolution === 'kept' ? undefined : promise.resolution,
          resolvedOn: kept ? today : promise.resolvedOn,
          updatedAt: nowIso(now),
        });
      }
    }
  });
}

export async function addUserTask(
  account: Pick<Account, 'id' | 'caseId'>,
  title: string,
  dueDate: string | undefined,
  now = new Date(),
): Promise<Task> {
  let task!: Task;
  await changeSteps(account, (steps) => {
    task = Task.parse(
      stamped(
        {
          id: newId(),
          caseId: account.caseId,
          accountId: account.id,
          title,
          dueDate: dueDate || undefined,
          state: 'todo',
          order: 2000 + steps.length,
        },
        now,
      ),
    );
    return [...steps, task];
  });
  return task;
}

/** Only the user's own tasks can be deleted; a playbook step is skipped instead. */
export async function deleteUserTask(task: Task): Promise<Undo> {
  if (task.stepKey) throw new Error(t('errors.stepNotDeletable'));
  const rewrite = await stepsRewrite((t) => t.id === task.id);
  if (rewrite.rows.length === 0) throw new Error(t('errors.taskGone'));
  return deleteWithUndo([], [rewrite]);
}

// Accounts -----------------------------------------------------------------------

/** Removes an account with everything recorded for it (undoable for a short while). */
export async function deleteAccount(accountId: string): Promise<Undo> {
  return deleteWithUndo(await removalsOfAccount(accountId));
}
