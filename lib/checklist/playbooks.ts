/**
 * Playbooks: what has to happen to close or transfer one account, per category
 * and intent, sharpened by what the registry knows of the provider. Pure: the
 * same inputs always give the same steps, and merging them into the stored tasks
 * never loses what the user did.
 */
import { channelKindLabels, deviceKindLabels } from '../labels';
import type { Account, Category, Device, EstateCase, Intent, Task } from '../model';
import { equipmentKindsOf } from '../providers/facts';
import type { Provider } from '../providers/schema';

export type PlaybookCategory = 'cable_internet' | 'wireless' | 'landline' | 'satellite_tv' | 'utility' | 'streaming';

export function playbookCategoryOf(provider: Pick<Provider, 'categories'>): PlaybookCategory {
  const primary: Category = provider.categories[0] ?? 'cable_internet';
  return primary === 'electric' || primary === 'gas' || primary === 'water' ? 'utility' : primary;
}

export interface Step {
  /** Stable key: the merge matches stored tasks to steps by it. */
  key: string;
  title: string;
  detail?: string;
}

export interface PlaybookInput {
  provider: Provider;
  intent: Intent;
  estateCase?: Pick<EstateCase, 'survivorName' | 'deceasedName'>;
  devices?: readonly Pick<Device, 'id' | 'label' | 'kind'>[];
}

/** How a document reads inside a sentence ("Xfinity accepts a death certificate"). */
const documentNames: Record<string, string> = {
  death_certificate: 'a death certificate',
  letters_testamentary: 'letters testamentary',
  obituary: 'an obituary',
  id: 'your own photo ID',
  proof_of_payment: 'proof of payment',
  estate_documents: 'estate documents',
  letter: 'a letter',
  other: 'other documents',
};

const hasEquipment: ReadonlySet<PlaybookCategory> = new Set(['cable_internet', 'satellite_tv', 'wireless', 'landline']);
const hasContract: ReadonlySet<PlaybookCategory> = new Set(['cable_internet', 'satellite_tv', 'wireless']);

function join(parts: Array<string | undefined | false>): string | undefined {
  const text = parts.filter(Boolean).join(' ');
  return text || undefined;
}

/**
 * What to say when no bereavement process of the provider is known: plain, calm, and
 * the same words in the checklist and the panel.
 */
export function noBereavementProcessText(provider: Pick<Provider, 'name' | 'bereavement'>): string | undefined {
  const status = provider.bereavement?.status ?? 'not researched';
  if (status === 'none found') {
    return `No published bereavement process was found for ${provider.name}: use the number on the bill, and record the call.`;
  }
  if (status === 'not researched') {
    return `Nobody has looked up ${provider.name}'s bereavement process yet: use the number on the bill, and record the call.`;
  }
  return undefined;
}

function notifyDetail(provider: Provider): string {
  const b = provider.bereavement;
  const none = noBereavementProcessText(provider);
  if (none !== undefined || !b) return none ?? '';
  const channels = b.channels.map((c) => {
    const kind = channelKindLabels[c.kind];
    return `${kind}${c.label ? ` (${c.label})` : ''}: ${c.value}${c.hours ? `, ${c.hours}` : ''}.`;
  });
  if (b.status === 'second-hand only') {
    return join([
      `No bereavement page of ${provider.name}'s own was found; other sites describe its process (shown in the panel on ${provider.name}'s website).`,
      ...channels,
      channels.length === 0 ? 'Use the number on the bill, and record the call.' : undefined,
    ])!;
  }
  return (
    join([b.url && channels.length === 0 ? `Start at ${b.url}.` : undefined, ...channels]) ??
    'Use the number on the bill, and record the call.'
  );
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
  const survivor = estateCase?.survivorName?.trim() || 'the new account holder';
  const closing = intent === 'close';
  const transferring = intent === 'transfer';
  const steps: Step[] = [];
  const add = (key: string, title: string, detail?: string) => steps.push({ key, title, detail });

  add('notify', `Tell ${name} about the death`, notifyDetail(provider));
  if (category !== 'streaming') {
    const docs = [...new Set((provider.bereavement?.documents ?? []).map((d) => d.kind))];
    add(
      'proof-of-death',
      'Send proof of death',
      join([
        docs.length ? `${name} accepts ${docs.map((d) => documentNames[d]).join(', ')}.` : 'Usually a copy of the death certificate.',
        'Record where and how you sent it under "Documents sent", so "we never received it" can be answered.',
      ]),
    );
  }
  if (transferring) {
    const known = provider.guidance.transfer?.map((f) => f.text);
    add(
      'new-holder-requirements',
      `Find out what ${survivor} must provide as the new holder`,
      join([
        ...(known ?? []),
        category === 'utility'
          ? 'A utility may ask the survivor to open a new account in their own name and pay a deposit instead of changing the name.'
          : !known && 'Often ID, the account number and a credit check; contracts and promotions may not carry over.',
      ]),
    );
  }
  if (hasEquipment.has(category) && (closing || intent === 'undecided')) {
    const kinds = equipmentKindsOf(provider);
    add(
      'list-equipment',
      `List every device ${name} supplied`,
      join([
        kinds.length ? `Devices ${name}'s sources name: ${kinds.map((k) => deviceKindLabels[k]).join(', ')}.` : undefined,
        'Add each one under Equipment: every device needs its own return receipt.',
      ]),
    );
  }
  if (closing) {
    for (const device of devices) {
      add(returnStepKey(device), `Return ${device.label}`, 'Keep the receipt or tracking number and save it with the device.');
    }
  }
  if (closing && category !== 'streaming') {
    add(
      'disconnect-date',
      'Choose the disconnect date and where the final bill goes',
      provider.bereavement?.notes.find((n) => /disconnect date/i.test(n.text))?.text,
    );
  }
  if (category === 'wireless' && !transferring) {
    add(
      'installments',
      'Settle or return devices still on an installment plan',
      provider.notes.find((n) => /installment/i.test(n.text))?.text,
    );
  }
  if (closing && hasContract.has(category)) {
    add(
      'fee-waiver',
      'Ask for early termination fees to be waived',
      provider.bereavement?.notes.find((n) => /termination|cancellation fee/i.test(n.text))?.text ??
        'Providers often waive them after a death: ask, and note who agreed.',
    );
  }
  if (category === 'streaming' && closing) {
    add('cancel-subscription', `Cancel the ${name} subscription so it stops renewing`);
  }
  if (closing && (category === 'cable_internet' || category === 'landline')) {
    add(
      'email-address',
      'Save what matters from the provider email address before it closes',
      provider.notes.find((n) => /\bemail (address|messages)/i.test(n.text))?.text,
    );
  }
  add('confirmation', 'Get a confirmation or reference number', 'Save the confirmation page as proof, or log the number with the call.');
  if (closing) {
    add(
      'final-bill',
      'Check the final bill',
      hasEquipment.has(category)
        ? 'Look for charges after the disconnect date and for equipment that was returned.'
        : category === 'streaming'
          ? 'Look for a charge after the cancellation.'
          : 'Look for charges after the disconnect date.',
    );
    if (category !== 'streaming') {
      add('refund', 'Get the deposit or credit balance refunded', provider.notes.find((n) => /refund/i.test(n.text))?.text);
    }
    add('autopay', 'Cancel autopay at the bank or card', 'Only after the final bill is paid or settled.');
  }
  if (transferring) {
    add('autopay', `Move autopay to ${survivor}'s own payment method`);
    add(
      'confirm-new-name',
      `Check the next bill is in ${survivor}'s name`,
      'Keep proof of every payment: delinquency notices after a name change do happen.',
    );
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
