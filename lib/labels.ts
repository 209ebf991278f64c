/**
 * Words shown to people for the model's and the registry's codes, in one place: the
 * side panel, the checklist text and the bundle's report all take them from here.
 *
 * The words live in lib/i18n/<language>/labels.json; each map below reads its word
 * when a code is looked up (labels.deviceKind[...] in the language shown now), never
 * at load, so a panel that switches to Spanish shows Spanish.
 */
import { language, type MessageKey, t } from './i18n';
import { en } from './i18n/en';
import type {
  Category,
  ChannelKind,
  contactChannels,
  contactOutcomes,
  DeviceKind,
  DeviceState,
  DocumentKind,
  EvidenceFile,
  Intent,
  PageKind,
  PromiseStatus,
  ReturnMethod,
  sendChannels,
  TaskState,
  userRoles,
} from './model';

/**
 * A map from a group's codes to their words, each read when looked up. The codes and
 * their order are the message file's (deviceState's order is a return's); `word`
 * names each code's message, so a code without one is a type error.
 */
function wordsFor<K extends string>(group: string, word: (code: K) => string): Readonly<Record<K, string>> {
  const out = {} as Record<K, string>;
  for (const name of Object.keys(en.labels)) {
    if (!name.startsWith(`${group}.`)) continue;
    const code = name.slice(group.length + 1) as K;
    Object.defineProperty(out, code, { enumerable: true, get: () => word(code) });
  }
  return Object.freeze(out);
}

export const deviceKindLabels = wordsFor('deviceKind', (k: DeviceKind) => t(`labels.deviceKind.${k}`));

export const documentKindLabels = wordsFor('documentKind', (k: DocumentKind) => t(`labels.documentKind.${k}`));

/** How a provider can be reached (the registry's channels). */
export const channelKindLabels = wordsFor('channelKind', (k: ChannelKind) => t(`labels.channelKind.${k}`));

/** The kind of provider page the user is on: "You are on Xfinity's billing page." */
export const pageKindLabels = wordsFor('pageKind', (k: PageKind) => t(`labels.pageKind.${k}`));

export const returnMethodLabels = wordsFor('returnMethod', (k: ReturnMethod) => t(`labels.returnMethod.${k}`));

/** In the order a return goes (the device form lists them so). */
export const deviceStateLabels = wordsFor('deviceState', (k: DeviceState) => t(`labels.deviceState.${k}`));

/** How a document was sent. */
export const sendChannelLabels = wordsFor('sendChannel', (k: (typeof sendChannels)[number]) => t(`labels.sendChannel.${k}`));

/** How the user was in touch with a provider (the contact log). */
export const contactChannelLabels = wordsFor('contactChannel', (k: (typeof contactChannels)[number]) => t(`labels.contactChannel.${k}`));

export const outcomeLabels = wordsFor('outcome', (k: (typeof contactOutcomes)[number]) => t(`labels.outcome.${k}`));

export const promiseStatusLabels = wordsFor('promiseStatus', (k: PromiseStatus) => t(`labels.promiseStatus.${k}`));

export const taskStateLabels = wordsFor('taskState', (k: TaskState) => t(`labels.taskState.${k}`));

/** What to do with an account; a transfer names the survivor when the case does. */
export function intentLabels(survivor?: string): Record<Intent, string> {
  const name = survivor?.trim();
  return {
    close: t('labels.intent.close'),
    transfer: name ? t('labels.intent.transfer', { name }) : t('labels.intent.transferUnnamed'),
    undecided: t('labels.intent.undecided'),
  };
}

/** Who keeps the record (the case's user role). */
export const userRoleLabels = wordsFor('userRole', (k: (typeof userRoles)[number]) => t(`labels.userRole.${k}`));

/** The files of a piece of proof (lib/model EvidenceFile roles). */
export const fileRoleLabels = wordsFor('fileRole', (k: EvidenceFile['role']) => t(`labels.fileRole.${k}`));

/**
 * The name of a reference number found on a page ("Confirmation number": lib/page
 * names them in English, and they are kept so) in the language shown; a name it does
 * not know is shown as it is.
 */
export function referenceLabel(label: string): string {
  const name = Object.keys(en.labels).find((k) => k.startsWith('reference.') && en.labels[k as keyof typeof en.labels] === label);
  return name ? t(`labels.${name}` as MessageKey) : label;
}

/**
 * The mark after a provider's fact or quote, which stays in its source's language
 * (English): "(en inglés)" for a reader in another language, nothing in English.
 */
export function englishMark(): string {
  return language() === 'en' ? '' : t('common.inEnglish');
}

/**
 * A provider's name from its id, for built-in and user-tracked providers alike (the
 * matcher knows both); the id itself when neither does (a provider since removed).
 */
export function providerName(providers: { provider(id: string): { name: string } | undefined }, providerId: string): string {
  return providers.provider(providerId)?.name ?? providerId;
}

/** The user's role as it reads in a sentence about the person who died: "Linda Miller, the surviving spouse". */
export const userRoleInWords = wordsFor('userRoleInWords', (k: (typeof userRoles)[number]) => t(`labels.userRoleInWords.${k}`));

/** A category of service in words: a complaint's "type of service", a tracked site's kind. */
export const categoryLabels = wordsFor('category', (k: Category) => t(`labels.category.${k}`));
