/** Words shown to people for the model's codes, in one place. */
import type { ReturnMethod } from '../lib/model';

export { channelKindLabels, deviceKindLabels, documentKindLabels } from '../lib/labels';

export const returnMethodLabels: Record<ReturnMethod, string> = {
  store: 'At a store',
  shipping_kit: 'With a shipping kit',
  technician_pickup: 'Picked up by a technician',
  shipping_store: 'Dropped off at a shipping store (UPS, FedEx)',
};

export const deviceStateLabels = {
  pending: 'Not returned yet',
  return_started: 'On its way back',
  returned: 'Returned',
  keep: 'Ours to keep (no return needed)',
} as const;

export const sendChannelLabels = {
  upload_form: 'Uploaded in a web form',
  mail: 'Mail',
  fax: 'Fax',
  email: 'Email',
  store: 'Handed in at a store',
  other: 'Another way',
} as const;

export const contactChannelLabels = {
  call: 'Phone call',
  chat: 'Chat',
  email: 'Email',
  letter: 'Letter',
  store: 'Store visit',
  social: 'Social media message',
} as const;

export const outcomeLabels = {
  resolved: 'Resolved',
  promise: 'They promised something',
  no_progress: 'No progress',
  transferred: 'Transferred elsewhere',
  escalated: 'Escalated',
  other: 'Other',
} as const;

export const taskStateLabels = { todo: 'To do', waiting: 'Waiting on the provider', done: 'Done', skipped: 'Skipped' } as const;

export const intentLabels = (survivor?: string) =>
  ({
    close: 'Close the account',
    transfer: `Move it into ${survivor?.trim() || 'a survivor'}'s name`,
    undecided: 'Not decided yet',
  }) as const;

// One formatter of each kind, made on first use: toLocaleString(…, options) builds a new
// one on every call, which cost an account page with 200 logged calls ~80 ms.
let dateFormat: Intl.DateTimeFormat | undefined;
let dateTimeFormat: Intl.DateTimeFormat | undefined;

export function formatDate(date: string | undefined): string {
  if (!date) return '';
  dateFormat ??= new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
  return dateFormat.format(new Date(`${date.slice(0, 10)}T12:00:00`));
}

export function formatDateTime(iso: string): string {
  dateTimeFormat ??= new Intl.DateTimeFormat(undefined, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });
  return dateTimeFormat.format(new Date(iso));
}

/** The files of a piece of proof (lib/model EvidenceFile roles). */
export const fileRoleLabels = {
  archive: 'page archive (MHTML)',
  screenshot: 'picture of the screen',
  text: "page's text",
  upload: 'file',
} as const;
