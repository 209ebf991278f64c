/**
 * Words shown to people for the model's and the registry's codes, in one place: the
 * side panel, the checklist text and the bundle's report all take them from here.
 */
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

export const deviceKindLabels: Record<DeviceKind, string> = {
  cable_modem: 'Cable modem',
  tv_box: 'TV box',
  dvr: 'DVR',
  router: 'Router or gateway',
  phone: 'Phone',
  remote: 'Remote control',
  satellite_receiver: 'Satellite receiver',
  other: 'Other device',
};

export const documentKindLabels: Record<DocumentKind, string> = {
  death_certificate: 'Death certificate',
  letters_testamentary: 'Letters testamentary',
  obituary: 'Obituary',
  id: 'Photo ID',
  proof_of_payment: 'Proof of payment',
  estate_documents: 'Other estate documents',
  letter: 'Letter',
  other: 'Other document',
};

/** How a provider can be reached (the registry's channels). */
export const channelKindLabels: Record<ChannelKind, string> = {
  web_form: 'Online form',
  phone: 'Phone',
  tty: 'TTY',
  mail: 'Mail',
  fax: 'Fax',
  store: 'In a store',
  email: 'Email',
  chat: 'Chat',
  social: 'Social media',
};

/** The kind of provider page the user is on: "You are on Xfinity's billing page." */
export const pageKindLabels: Record<PageKind, string> = {
  sign_in: 'sign-in page',
  account: 'account page',
  billing: 'billing page',
  cancel: 'cancel or disconnect page',
  transfer: 'transfer of ownership page',
  bereavement: 'bereavement page',
  equipment_return: 'equipment return page',
  confirmation: 'confirmation page',
  other: 'website',
};

export const returnMethodLabels: Record<ReturnMethod, string> = {
  store: 'At a store',
  shipping_kit: 'With a shipping kit',
  technician_pickup: 'Picked up by a technician',
  shipping_store: 'Dropped off at a shipping store (UPS, FedEx)',
};

/** In the order a return goes (the device form lists them so). */
export const deviceStateLabels: Record<DeviceState, string> = {
  pending: 'Not returned yet',
  return_started: 'On its way back',
  returned: 'Returned',
  keep: 'Ours to keep (no return needed)',
};

/** How a document was sent. */
export const sendChannelLabels: Record<(typeof sendChannels)[number], string> = {
  upload_form: 'Uploaded in a web form',
  mail: 'Mail',
  fax: 'Fax',
  email: 'Email',
  store: 'Handed in at a store',
  other: 'Another way',
};

/** How the user was in touch with a provider (the contact log). */
export const contactChannelLabels: Record<(typeof contactChannels)[number], string> = {
  call: 'Phone call',
  chat: 'Chat',
  email: 'Email',
  letter: 'Letter',
  store: 'Store visit',
  social: 'Social media message',
};

export const outcomeLabels: Record<(typeof contactOutcomes)[number], string> = {
  resolved: 'Resolved',
  promise: 'They promised something',
  no_progress: 'No progress',
  no_record: 'They have no record of it',
  transferred: 'Transferred elsewhere',
  escalated: 'Escalated',
  other: 'Other',
};

export const promiseStatusLabels: Record<PromiseStatus, string> = { pending: 'Promised', kept: 'Kept', broken: 'Broken' };

export const taskStateLabels: Record<TaskState, string> = {
  todo: 'To do',
  waiting: 'Waiting on the provider',
  done: 'Done',
  skipped: 'Skipped',
};

/** What to do with an account; a transfer names the survivor when the case does. */
export function intentLabels(survivor?: string): Record<Intent, string> {
  return {
    close: 'Close the account',
    transfer: `Move it into ${survivor?.trim() || 'a survivor'}'s name`,
    undecided: 'Not decided yet',
  };
}

/** Who keeps the record (the case's user role). */
export const userRoleLabels: Record<(typeof userRoles)[number], string> = {
  executor: 'Executor or administrator',
  spouse: 'Spouse or partner',
  child: 'Son or daughter',
  other: 'Someone else helping',
};

/** The files of a piece of proof (lib/model EvidenceFile roles). */
export const fileRoleLabels: Record<EvidenceFile['role'], string> = {
  archive: 'complete saved page',
  copy: 'saved copy of the page',
  screenshot: 'picture of the screen',
  text: "page's text",
  upload: 'file',
};

/**
 * A provider's name from its id, for built-in and user-tracked providers alike (the
 * matcher knows both); the id itself when neither does (a provider since removed).
 */
export function providerName(providers: { provider(id: string): { name: string } | undefined }, providerId: string): string {
  return providers.provider(providerId)?.name ?? providerId;
}

/** The user's role as it reads in a sentence about the person who died: "Linda Miller, the surviving spouse". */
export const userRoleInWords: Record<(typeof userRoles)[number], string> = {
  executor: 'the executor of the estate',
  spouse: 'the surviving spouse',
  child: 'a son or daughter',
  other: 'a family member or friend helping with the estate',
};

/** A category of service in words, for a complaint's "type of service". */
export const categoryLabels: Record<Category, string> = {
  cable_internet: 'Cable TV and internet',
  wireless: 'Cell phone (wireless)',
  landline: 'Home phone (landline)',
  satellite_tv: 'Satellite TV',
  electric: 'Electricity',
  gas: 'Gas',
  water: 'Water',
  streaming: 'Streaming subscription',
};
