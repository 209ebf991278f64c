/**
 * Writes of the estate workflow: devices, documents sent, the contact log with its
 * promises, and the user's own tasks. Each write is validated first and done in one
 * transaction, so nothing is ever half-saved.
 */

import { returnStepKey } from '../checklist/playbooks';
import { type Account, Contact, Device, DocumentSent, isoDate, newId, nowIso, PromiseMade, Task, type TaskState } from '../model';
import type { Provider } from '../providers/schema';
import { syncChecklist } from './caseWrites';
import { db } from './database';
import { removalsOfAccount } from './records';
import { changeSteps, stepsRewrite } from './steps';
import { deleteWithUndo, type Undo } from './undo';

async function accountOrThrow(accountId: string): Promise<Account> {
  const account = await db().accounts.get(accountId);
  if (!account) throw new Error('That account no longer exists.');
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
  const made = promises.map((p) =>
    PromiseMade.parse({
      id: newId(),
      caseId: validContact.caseId,
      accountId: validContact.accountId,
      contactId: validContact.id,
      what: p.what,
      dueDate: p.dueDate,
      createdAt: stamp,
      updatedAt: stamp,
    }),
  );
  const d = db();
  await d.transaction('rw', [d.contacts, d.promises, d.checklists], async () => {
    await d.contacts.put(validContact);
    await d.promises.bulkPut(made);
    await changeSteps({ id: validContact.accountId, caseId: validContact.caseId }, (steps) => [
      ...steps,
      ...made.map((p, i) =>
        Task.parse({
          id: newId(),
          caseId: p.caseId,
          accountId: p.accountId,
          promiseId: p.id,
          title: followUpTitle(p, validContact),
          detail: validContact.referenceNumber ? `Reference ${validContact.referenceNumber}.` : undefined,
          state: 'todo',
          dueDate: p.dueDate,
          links: { contactIds: [validContact.id], documentSentIds: [], evidenceIds: [] },
          order: 500 + steps.length + i,
          createdAt: stamp,
          updatedAt: stamp,
        }),
      ),
    ]);
  });
  return made;
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
    if (!promise) throw new Error('That promise no longer exists.');
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
      if (!current) throw new Error('That task no longer exists.');
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
  if (task.stepKey) throw new Error('Steps of the checklist cannot be deleted: mark them skipped instead.');
  const rewrite = await stepsRewrite((t) => t.id === task.id);
  if (rewrite.rows.length === 0) throw new Error('That task no longer exists.');
  return deleteWithUndo([], [rewrite]);
}

// Accounts -----------------------------------------------------------------------

/** Removes an account with everything recorded for it (undoable for a short while). */
export async function deleteAccount(accountId: string): Promise<Undo> {
  return deleteWithUndo(await removalsOfAccount(accountId));
}
