/** Words shown to people for the model's codes, in one place. */
import type { ChannelKind, DeviceKind, DocumentKind, ReturnMethod } from '../lib/providers/schema';

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

export const documentKindLabels: Record<DocumentKind, string> = {
  death_certificate: 'Death certificate',
  letters_testamentary: 'Letters testamentary',
  obituary: 'Obituary',
  id: 'Photo ID',
  proof_of_payment: 'Proof of payment',
  estate_documents: 'Other estate documents',
  other: 'Other document',
};

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

export function formatDate(date: string | undefined): string {
  if (!date) return '';
  const d = new Date(`${date.slice(0, 10)}T12:00:00`);
  return d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
}
