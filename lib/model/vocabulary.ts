/**
 * The shared vocabulary: the words both the registry (lib/providers) and the
 * estate's records (this folder) are written in. Service categories, the kinds of
 * provider page, document, device and contact channel, how equipment goes back,
 * and the regulators a complaint can go to. The ground floor: it imports nothing
 * from the rest of lib/.
 */
import './jitless';
import { z } from 'zod';
import { deviceKinds, documentKinds, returnMethods } from './codes';

export { deviceKinds, documentKinds, returnMethods };

export const categories = ['cable_internet', 'wireless', 'landline', 'satellite_tv', 'electric', 'gas', 'water', 'streaming'] as const;
export const Category = z.enum(categories);
export type Category = z.infer<typeof Category>;

export const pageKinds = [
  'sign_in',
  'account',
  'billing',
  'cancel',
  'transfer',
  'bereavement',
  'equipment_return',
  'confirmation',
  'other',
] as const;
export const PageKind = z.enum(pageKinds);
export type PageKind = z.infer<typeof PageKind>;

export const DocumentKind = z.enum(documentKinds);
export type DocumentKind = z.infer<typeof DocumentKind>;

export const DeviceKind = z.enum(deviceKinds);
export type DeviceKind = z.infer<typeof DeviceKind>;

export const ReturnMethod = z.enum(returnMethods);
export type ReturnMethod = z.infer<typeof ReturnMethod>;

export const channelKinds = ['web_form', 'phone', 'tty', 'mail', 'fax', 'store', 'email', 'chat', 'social'] as const;
export const ChannelKind = z.enum(channelKinds);
export type ChannelKind = z.infer<typeof ChannelKind>;

export const regulators = ['FCC', 'state_PUC', 'franchise_authority', 'CFPB', 'FTC', 'BBB', 'state_AG'] as const;
export const Regulator = z.enum(regulators);
export type Regulator = z.infer<typeof Regulator>;

/** Where a promise stands: derived from its date and the user's word, never stored (lib/derived promiseStatus). */
export type PromiseStatus = 'pending' | 'kept' | 'broken';
