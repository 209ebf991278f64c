/** Words shown to people for the model's codes, in one place. */
import type { ReturnMethod } from '../lib/providers/schema';

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

export function formatDate(date: string | undefined): string {
  if (!date) return '';
  const d = new Date(`${date.slice(0, 10)}T12:00:00`);
  return d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
}

/** The files of a piece of proof (lib/model EvidenceFile roles). */
export const fileRoleLabels = {
  archive: 'page archive (MHTML)',
  screenshot: 'picture of the screen',
  text: "page's text",
  upload: 'file',
} as const;
