/** Words shown to people for the registry's codes; shared by the checklist text and the UI. */
import type { ChannelKind, DeviceKind, DocumentKind } from './model';

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
  other: 'Other document',
};

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
