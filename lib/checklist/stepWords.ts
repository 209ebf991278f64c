/**
 * A checklist step's words, in two languages at once.
 *
 * A step is stored with its title and detail in the playbook's English: they are part
 * of the export format, and the merge (playbooks.ts) compares them to know when a
 * step changed, so they must not change with the language the panel speaks. A step is
 * shown in the language of the moment: a stored title or detail still in the
 * playbook's own English words is said again in that language, from its step key and
 * the names it holds; one the user (or an older version) wrote is shown as stored.
 *
 * Apart from the playbooks (no providers, no zod) so the dashboard and the reminders
 * can show a step's title without loading them.
 */
import { fill, type MessageKey, type PluralForms, t } from '../i18n';
import { en } from '../i18n/en';
import { englishMark } from '../labels';
import type { Task } from '../model';

/**
 * A piece of a step's words: a message with its values (names, or words of their
 * own), a provider's own sentence (kept in its source's English), or a list.
 */
export type Words = { key: MessageKey; params?: Record<string, string | Words> } | { fact: string } | { list: Words[] };

/** Says a message in one language, its values already words. */
type Speaker = (key: MessageKey, params: Record<string, string>) => string;

const englishPlurals = new Intl.PluralRules('en-US');

/** The playbook's English, whatever the panel speaks: the words a step is stored with. */
const inEnglish: Speaker = (key, params) => {
  const dot = key.indexOf('.');
  const area = (en as Record<string, Record<string, string | PluralForms>>)[key.slice(0, dot)];
  const message = area?.[key.slice(dot + 1)] ?? key;
  const count = Number(params.count);
  const text = typeof message === 'string' ? message : (message[englishPlurals.select(count)] ?? message.other);
  return fill(text, params);
};

/** The language shown now. */
const inShownLanguage: Speaker = (key, params) => t(key, params);

function say(words: Words, speak: Speaker): string {
  if ('fact' in words) {
    const mark = speak === inShownLanguage ? englishMark() : '';
    return mark ? `${words.fact} ${mark}` : words.fact;
  }
  if ('list' in words) return words.list.map((w) => say(w, speak)).join(', ');
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(words.params ?? {})) params[name] = typeof value === 'string' ? value : say(value, speak);
  return speak(words.key, params);
}

/** Words as stored: the playbook's English. */
export const storedText = (words: Words) => say(words, inEnglish);

/** Words as shown now, in the panel's language (a provider's own sentence marked as English). */
export const shownText = (words: Words) => say(words, inShownLanguage);

/** A step's detail: its sentences, one after another. */
export const joinSentences = (sentences: readonly string[]) => sentences.join(' ') || undefined;

/**
 * The messages a playbook step's title can be, by step key (`return-device:<id>` by its
 * prefix), the ones without a name first: the title is read back from them.
 */
export const stepTitleKeys: Record<string, readonly MessageKey[]> = {
  notify: ['checklist.title.notify'],
  'proof-of-death': ['checklist.title.proofOfDeath'],
  'new-holder-requirements': ['checklist.title.newHolderUnnamed', 'checklist.title.newHolder'],
  'list-equipment': ['checklist.title.listEquipment'],
  'return-device': ['checklist.title.returnDevice'],
  'disconnect-date': ['checklist.title.disconnectDate'],
  installments: ['checklist.title.installments'],
  'fee-waiver': ['checklist.title.feeWaiver'],
  'cancel-subscription': ['checklist.title.cancelSubscription'],
  'email-address': ['checklist.title.emailAddress'],
  confirmation: ['checklist.title.confirmation'],
  'final-bill': ['checklist.title.finalBill'],
  refund: ['checklist.title.refund'],
  autopay: ['checklist.title.autopayClose', 'checklist.title.autopayTransferUnnamed', 'checklist.title.autopayTransfer'],
  'confirm-new-name': ['checklist.title.confirmNewNameUnnamed', 'checklist.title.confirmNewName'],
};

const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An English message as a pattern that reads its {names} back out of a text it made. */
const patterns = new Map<MessageKey, RegExp>();
function patternOf(key: MessageKey): RegExp {
  let pattern = patterns.get(key);
  if (!pattern) {
    const english = inEnglish(key, {});
    pattern = new RegExp(`^${literally(english).replace(/\\\{(\w+)\\\}/g, '(?<$1>.+)')}$`, 's');
    patterns.set(key, pattern);
  }
  return pattern;
}

/**
 * A step's title as shown now: a playbook step whose stored title is still the
 * playbook's English is said in the current language (with the names it holds); any
 * other title (the user's own, a follow-up, an edited one) is shown as stored.
 */
export function shownTitle(task: Pick<Task, 'stepKey' | 'title'>): string {
  const title = task.title;
  if (!task.stepKey) return title;
  for (const key of stepTitleKeys[task.stepKey.split(':')[0]!] ?? []) {
    const found = patternOf(key).exec(title);
    if (found) return t(key, { ...found.groups });
  }
  return title;
}

/** What a playbook step says, by its key: its words, and what they read as when stored. */
export interface StepWords {
  key: string;
  /** As stored: the playbook's English. */
  title: string;
  detail?: string;
  words: { title: Words; detail: readonly Words[] };
}

/**
 * A stored step as shown now: its title (see shownTitle), and its detail said in the
 * current language when it is still the one the playbook's `step` gives it in English.
 * The task itself is not changed; the copy keeps every other field.
 */
export function shownStep<T extends Pick<Task, 'stepKey' | 'title' | 'detail'>>(task: T, step: StepWords | undefined): T {
  // A step no playbook words can be about is shown as stored, without reading its words (sealed with the lock on).
  if (!step && !(task.stepKey && stepTitleKeys[task.stepKey.split(':')[0]!])) return task;
  const title = shownTitle(task);
  const detail =
    step && task.detail !== undefined && task.detail === step.detail ? joinSentences(step.words.detail.map(shownText)) : task.detail;
  if (title === task.title && detail === task.detail) return task;
  // A copy that keeps the other fields as they are: a sealed one (the vault lock) stays a getter, opened only if read.
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(task)) as T;
  return Object.defineProperties(copy, {
    title: { value: title, enumerable: true, configurable: true, writable: true },
    detail: { value: detail, enumerable: true, configurable: true, writable: true },
  });
}

/** An account's stored steps as shown now, each beside the playbook step of its key. */
export function shownSteps<T extends Pick<Task, 'stepKey' | 'title' | 'detail'>>(tasks: readonly T[], steps: readonly StepWords[]): T[] {
  const byKey = new Map(steps.map((s) => [s.key, s]));
  return tasks.map((task) => shownStep(task, task.stepKey ? byKey.get(task.stepKey) : undefined));
}
