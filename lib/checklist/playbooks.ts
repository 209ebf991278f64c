/**
 * Playbooks: what has to happen to close or transfer one account, per category
 * and intent, sharpened by what the registry knows of the provider. Pure: the
 * same inputs always give the same steps, and merging them into the stored tasks
 * never loses what the user did.
 */
import type { Account, Category, Device, EstateCase, Intent, Task } from '../model';
import { equipmentKindsOf } from '../providers/facts';
import type { Provider } from '../providers/schema';
import { joinSentences, type StepWords, shownText, storedText, type Words } from './stepWords';

export type PlaybookCategory = 'cable_internet' | 'wireless' | 'landline' | 'satellite_tv' | 'utility' | 'streaming';

export function playbookCategoryOf(provider: Pick<Provider, 'categories'>): PlaybookCategory {
  const primary: Category = provider.categories[0] ?? 'cable_internet';
  return primary === 'electric' || primary === 'gas' || primary === 'water' ? 'utility' : primary;
}

/**
 * One step of a playbook. `key` is stable: the merge matches stored tasks to steps by
 * it. `title` and `detail` are the playbook's English, as stored (stepWords.ts);
 * `words` say them again in the language shown.
 */
export type Step = StepWords;

export interface PlaybookInput {
  provider: Provider;
  intent: Intent;
  estateCase?: Pick<EstateCase, 'survivorName' | 'deceasedName'>;
  devices?: readonly Pick<Device, 'id' | 'label' | 'kind'>[];
}

const hasEquipment: ReadonlySet<PlaybookCategory> = new Set(['cable_internet', 'satellite_tv', 'wireless', 'landline']);
const hasContract: ReadonlySet<PlaybookCategory> = new Set(['cable_internet', 'satellite_tv', 'wireless']);

/** A provider's own sentence (a registry fact), kept in its source's English. */
const fact = (text: string | undefined): Words[] => (text ? [{ fact: text }] : []);

/**
 * What to say when no bereavement process of the provider is known: plain, calm, and
 * the same words in the checklist and the panel.
 */
export function noBereavementProcess(provider: Pick<Provider, 'name' | 'bereavement'>): Words | undefined {
  const status = provider.bereavement?.status ?? 'not researched';
  if (status === 'none found') return { key: 'checklist.noProcessFound', params: { name: provider.name } };
  if (status === 'not researched') return { key: 'checklist.noProcessResearched', params: { name: provider.name } };
  return undefined;
}

/** The same, in the language shown now (the panel's plain statement). */
export function noBereavementProcessText(provider: Pick<Provider, 'name' | 'bereavement'>): string | undefined {
  const none = noBereavementProcess(provider);
  return none && shownText(none);
}

function notifyDetail(provider: Provider): Words[] {
  const b = provider.bereavement;
  const none = noBereavementProcess(provider);
  if (none !== undefined || !b) return none ? [none] : [];
  const channels: Words[] = b.channels.map((c) => ({
    key: 'checklist.channel',
    params: {
      kind: { key: `labels.channelKind.${c.kind}` },
      label: c.label ? ` (${c.label})` : '',
      value: c.value,
      hours: c.hours ? `, ${c.hours}` : '',
    },
  }));
  const useBill: Words = { key: 'checklist.useBill' };
  if (b.status === 'second-hand only') {
    return [
      { key: 'checklist.secondHandNotify', params: { name: provider.name } },
      ...channels,
      ...(channels.length === 0 ? [useBill] : []),
    ];
  }
  const parts: Words[] = [
    ...(b.url && channels.length === 0 ? [{ key: 'checklist.startAt', params: { url: b.url } } as const] : []),
    ...channels,
  ];
  return parts.length ? parts : [useBill];
}

/** Whether accounts of this kind come with equipment to list and return (not streaming, not a utility). */
export function hasEquipmentSteps(provider: Pick<Provider, 'categories'>): boolean {
  return hasEquipment.has(playbookCategoryOf(provider));
}

/**
 * What can be chosen for an account of this provider: closing always; moving it into
 * the survivor's name unless the registry says the provider offers closing only
 * (unknown options keep both); "not decided yet" always.
 */
export function intentsOffered(provider: Pick<Provider, 'bereavement'> | undefined): Intent[] {
  const options = provider?.bereavement?.options ?? [];
  const closeOnly = options.length > 0 && options.every((o) => o.option === 'close');
  return closeOnly ? ['close', 'undecided'] : ['close', 'transfer', 'undecided'];
}

/** The steps for one account, in the order a person would take them. */
export function buildSteps({ provider, intent, estateCase, devices = [] }: PlaybookInput): Step[] {
  const category = playbookCategoryOf(provider);
  const name = provider.name;
  const survivor = estateCase?.survivorName?.trim();
  // The title of a step naming the survivor: their name, or "the new account holder".
  const toSurvivor = (named: 'newHolder' | 'autopayTransfer' | 'confirmNewName'): Words =>
    survivor ? { key: `checklist.title.${named}`, params: { survivor } } : { key: `checklist.title.${named}Unnamed` };
  const closing = intent === 'close';
  const transferring = intent === 'transfer';
  const steps: Step[] = [];
  const add = (key: string, title: Words, detail: readonly Words[] = []) =>
    steps.push({ key, title: storedText(title), detail: joinSentences(detail.map(storedText)), words: { title, detail } });

  add('notify', { key: 'checklist.title.notify', params: { name } }, notifyDetail(provider));
  if (category !== 'streaming') {
    const docs = [...new Set((provider.bereavement?.documents ?? []).map((d) => d.kind))];
    add('proof-of-death', { key: 'checklist.title.proofOfDeath' }, [
      docs.length
        ? { key: 'checklist.accepts', params: { name, documents: { list: docs.map((d) => ({ key: `checklist.doc.${d}` }) as const) } } }
        : { key: 'checklist.usuallyCertificate' },
      { key: 'checklist.recordSent' },
    ]);
  }
  if (transferring) {
    const known = provider.guidance.transfer?.map((f) => f.text);
    add('new-holder-requirements', toSurvivor('newHolder'), [
      ...(known ?? []).flatMap(fact),
      ...(category === 'utility' ? [{ key: 'checklist.utilityDeposit' } as const] : !known ? [{ key: 'checklist.oftenId' } as const] : []),
    ]);
  }
  if (hasEquipment.has(category) && (closing || intent === 'undecided')) {
    const kinds = equipmentKindsOf(provider);
    add('list-equipment', { key: 'checklist.title.listEquipment', params: { name } }, [
      ...(kinds.length
        ? [
            {
              key: 'checklist.devicesNamed',
              params: { name, devices: { list: kinds.map((k) => ({ key: `labels.deviceKind.${k}` }) as const) } },
            } as const,
          ]
        : []),
      { key: 'checklist.addEach' },
    ]);
  }
  if (closing) {
    for (const device of devices) {
      add(returnStepKey(device), { key: 'checklist.title.returnDevice', params: { device: device.label } }, [
        { key: 'checklist.keepReceipt' },
      ]);
    }
  }
  if (closing && category !== 'streaming') {
    add(
      'disconnect-date',
      { key: 'checklist.title.disconnectDate' },
      fact(provider.bereavement?.notes.find((n) => /disconnect date/i.test(n.text))?.text),
    );
  }
  if (category === 'wireless' && !transferring) {
    add('installments', { key: 'checklist.title.installments' }, fact(provider.notes.find((n) => /installment/i.test(n.text))?.text));
  }
  if (closing && hasContract.has(category)) {
    const known = provider.bereavement?.notes.find((n) => /termination|cancellation fee/i.test(n.text))?.text;
    add('fee-waiver', { key: 'checklist.title.feeWaiver' }, known ? fact(known) : [{ key: 'checklist.feesOften' }]);
  }
  if (category === 'streaming' && closing) {
    add('cancel-subscription', { key: 'checklist.title.cancelSubscription', params: { name } });
  }
  if (closing && (category === 'cable_internet' || category === 'landline')) {
    add(
      'email-address',
      { key: 'checklist.title.emailAddress' },
      fact(provider.notes.find((n) => /\bemail (address|messages)/i.test(n.text))?.text),
    );
  }
  add('confirmation', { key: 'checklist.title.confirmation' }, [{ key: 'checklist.confirmationDetail' }]);
  if (closing) {
    add('final-bill', { key: 'checklist.title.finalBill' }, [
      {
        key: hasEquipment.has(category)
          ? 'checklist.finalBillEquipment'
          : category === 'streaming'
            ? 'checklist.finalBillStreaming'
            : 'checklist.finalBillOther',
      },
    ]);
    if (category !== 'streaming') {
      add('refund', { key: 'checklist.title.refund' }, fact(provider.notes.find((n) => /refund/i.test(n.text))?.text));
    }
    add('autopay', { key: 'checklist.title.autopayClose' }, [{ key: 'checklist.autopayAfter' }]);
  }
  if (transferring) {
    add('autopay', toSurvivor('autopayTransfer'));
    add('confirm-new-name', toSurvivor('confirmNewName'), [{ key: 'checklist.keepProof' }]);
  }
  return steps;
}

/** True when the user has touched a task, so it must never be dropped silently. */
function hasUserWork(task: Task): boolean {
  return (
    task.state !== 'todo' ||
    !!task.note ||
    !!task.dueDate ||
    !!task.proofUndone ||
    task.links.contactIds.length + task.links.documentSentIds.length + task.links.evidenceIds.length > 0
  );
}

export interface ChecklistChanges {
  put: Task[];
  remove: string[];
}

/**
 * Brings an account's stored tasks in line with its steps. Ticks, notes, dates and
 * links are kept; a step that no longer applies is removed only if untouched.
 * Idempotent: merging the result again changes nothing.
 */
export function mergeChecklist(
  account: Pick<Account, 'id' | 'caseId'>,
  existing: readonly Task[],
  steps: readonly Step[],
  now: string,
  makeId: () => string,
): ChecklistChanges {
  const byKey = new Map(existing.filter((t) => t.stepKey).map((t) => [t.stepKey!, t]));
  const put: Task[] = [];
  const remove: string[] = [];
  const wanted = new Set(steps.map((s) => s.key));
  steps.forEach((step, index) => {
    const current = byKey.get(step.key);
    if (!current) {
      put.push({
        id: makeId(),
        caseId: account.caseId,
        accountId: account.id,
        stepKey: step.key,
        title: step.title,
        detail: step.detail,
        state: 'todo',
        order: index,
        links: { contactIds: [], documentSentIds: [], evidenceIds: [] },
        createdAt: now,
        updatedAt: now,
      });
    } else if (current.title !== step.title || current.detail !== step.detail || current.order !== index) {
      put.push({ ...current, title: step.title, detail: step.detail, order: index, updatedAt: now });
    }
  });
  for (const task of existing) {
    if (task.stepKey && !wanted.has(task.stepKey) && !task.promiseId) {
      if (!hasUserWork(task)) remove.push(task.id);
      else if (task.order < 1000) put.push({ ...task, order: 1000 + task.order, updatedAt: now }); // kept, moved after the playbook
    }
  }
  return { put, remove };
}

/** The key of a device's own return step: the step follows the device (lib/db/accountWrites). */
export const returnStepKey = (device: Pick<Device, 'id'>) => `return-device:${device.id}`;

/** The steps after `changes`: removed ones dropped, changed ones replaced in place, new ones added at the end. */
export function applyChanges(existing: readonly Task[], changes: ChecklistChanges): Task[] {
  const removed = new Set(changes.remove);
  const changed = new Map(changes.put.map((t) => [t.id, t]));
  const kept = existing.filter((t) => !removed.has(t.id)).map((t) => changed.get(t.id) ?? t);
  const known = new Set(existing.map((t) => t.id));
  return [...kept, ...changes.put.filter((t) => !known.has(t.id))];
}
