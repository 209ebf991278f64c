/**
 * What the background keeps per tab in storage.session: the latest signals its
 * content script sent. The background writes it and the side panel reads it back,
 * validating it with zod; the content script never imports this file.
 */
import '../model/jitless';
import { z } from 'zod';
import { signalKinds } from './signals';

/** One tab's latest signals, with the address they are about and when they came. */
export const StoredSignals = z.object({
  url: z.string().max(4000),
  title: z.string().max(500),
  kinds: z.array(z.enum(signalKinds)).max(5),
  references: z.array(z.object({ label: z.string().max(60), value: z.string().max(40), context: z.string().max(200) })).max(20),
  at: z.string().max(40),
});
export type StoredSignals = z.infer<typeof StoredSignals>;

/** The storage.session key of a tab's signals. */
export function signalsKey(tabId: number): string {
  return `signals:${tabId}`;
}
