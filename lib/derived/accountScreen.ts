/**
 * What one account's screen shows, derived from its records and its provider's entry:
 * the checklist in the language shown and in its order, with the next step and the
 * account's status; the devices with their return dates, the documents sent, the
 * newest part of the log; how each section folds; and what the provider's entry says
 * about the account's forms (the choices offered, whether it has equipment).
 *
 * The account's live screen (AccountView) derives it from what it reads; the
 * background derives the very same for the panel's first screen on a provider's page
 * (lib/db/firstScreen.ts), and sends it as a message: plain data only.
 */
import { buildSteps, hasEquipmentSteps, intentsOffered, playbookCategoryOf } from '../checklist/playbooks';
import { shownSteps } from '../checklist/stepWords';
import type { Account, Contact, Device, DocumentSent, Escalation, EstateCase, Intent, PromiseMade, PromiseStatus, Task } from '../model';
import type { DeviceKind } from '../model/vocabulary';
import { equipmentKindsOf } from '../providers/facts';
import type { Provider } from '../providers/schema';
import { type AccountStatus, accountStatus, countStates, orderTasks } from './accountStatus';
import { nextOfOrdered } from './nextStep';
import type { Progressed } from './progress';
import { contactFold, deviceFold, documentFold, type SectionFold } from './sections';
import { type DeviceDeadline, daysUnacknowledged, deviceDeadline, promiseStatus } from './states';
import { newestLog } from './timeline';

/** What an account's screen reads (lib/db/panelReads.ts accountScreenRecords), its account there. */
export interface ScreenRecords {
  account: Account;
  tasks: Progressed<Task>[];
  devices: Device[];
  documents: DocumentSent[];
  promises: PromiseMade[];
  escalations: Escalation[];
  /** Its newest calls and messages, newest first. */
  latestCalls: Contact[];
  /** How many calls and messages it has in all. */
  callCount: number;
}

/** One entry of the contact log, newest first: a call with the promises made in it, or an escalation. */
export type LogEntry =
  | { kind: 'contact'; contact: Contact; promises: Array<{ promise: PromiseMade; status: PromiseStatus }> }
  | { kind: 'escalation'; escalation: Escalation };

/** The steps in the language shown and the checklist's order, the next one, and the account's status. */
export interface ShownChecklist {
  tasks: Progressed<Task>[];
  next?: Progressed<Task>;
  status: AccountStatus;
}

/** What an account's screen shows (see the top of this file). */
export interface AccountShown {
  account: Account;
  checklist: ShownChecklist;
  devices: Array<{ device: Device; deadline: DeviceDeadline }>;
  documents: Array<{ doc: DocumentSent; daysWaiting: number | null }>;
  folds: { device: SectionFold; document: SectionFold; contact: SectionFold };
  log: LogEntry[];
  /** How many entries the log has in all (calls and escalations). */
  logTotal: number;
  /** The choices of what to do with the account that its provider allows. */
  intents: Intent[];
  /** Whether to ask for a date of disconnection (not for a streaming service, unless one was given). */
  askDisconnectDate: boolean;
  /** Whether it has an Equipment section (not a streaming service or a utility, unless a device was listed anyway). */
  showEquipment: boolean;
  /** The kinds of devices its provider lends, offered first. */
  suggestedKinds: DeviceKind[];
}

/**
 * The account's steps as its screen shows them: in the language shown (a playbook step still in the playbook's
 * English words is said again from them), in the checklist's order, with the next step and the account's status.
 */
export function shownChecklist(
  records: Pick<ScreenRecords, 'account' | 'tasks' | 'devices'>,
  provider: Provider | undefined,
  estateCase: EstateCase,
  today: string,
): ShownChecklist {
  const playbook = provider ? buildSteps({ provider, intent: records.account.intent, estateCase, devices: records.devices }) : [];
  const tasks = orderTasks(shownSteps(records.tasks, playbook), today);
  return { tasks, next: nextOfOrdered(tasks), status: accountStatus(countStates(records.tasks)) };
}

/**
 * What the account's screen derives from its records, in the language shown: `timeZone`
 * says which calls fall on which day in the log.
 */
export function accountShown(
  records: ScreenRecords,
  provider: Provider | undefined,
  estateCase: EstateCase,
  today: string,
  timeZone: string,
): AccountShown {
  const { account } = records;
  const devices = [...records.devices]
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((device) => ({ device, deadline: deviceDeadline(device, account, provider, today) }));
  const documents = [...records.documents]
    .sort((a, b) => b.sentOn.localeCompare(a.sentOn))
    .map((doc) => ({ doc, daysWaiting: daysUnacknowledged(doc, today) }));
  const promisesOf = new Map<string, PromiseMade[]>();
  for (const p of records.promises) {
    const list = promisesOf.get(p.contactId);
    if (list) list.push(p);
    else promisesOf.set(p.contactId, [p]);
  }
  const everyCall = records.latestCalls.length === records.callCount;
  return {
    account,
    checklist: shownChecklist(records, provider, estateCase, today),
    devices,
    documents,
    folds: {
      device: deviceFold(devices.map(({ device, deadline }) => ({ device, overdue: deadline.overdue }))),
      document: documentFold(records.documents),
      contact: contactFold(records.callCount, records.promises, today, records.escalations),
    },
    log: newestLog(records.latestCalls, records.escalations, everyCall, timeZone).map(
      (item): LogEntry =>
        item.kind === 'contact'
          ? {
              kind: 'contact',
              contact: item.contact,
              promises: (promisesOf.get(item.contact.id) ?? []).map((promise) => ({ promise, status: promiseStatus(promise, today) })),
            }
          : item,
    ),
    logTotal: records.callCount + records.escalations.length,
    intents: intentsOffered(provider),
    askDisconnectDate: !provider || playbookCategoryOf(provider) !== 'streaming' || !!account.disconnectDate,
    showEquipment: records.devices.length > 0 || !provider || hasEquipmentSteps(provider),
    suggestedKinds: equipmentKindsOf(provider),
  };
}
