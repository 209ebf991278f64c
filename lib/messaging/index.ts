/**
 * The typed protocol between contexts. Every message is validated where it
 * arrives; its sender is checked too, because a content script runs inside a
 * page that may be hostile.
 */
import { z } from 'zod';
import { id } from '../model';
import { signalKinds } from '../page/signals';

/** From extension pages (the side panel) to the background. */
export const PanelMessage = z.discriminatedUnion('type', [
  /** The user changed something: recompute badges now. */
  z.object({ type: z.literal('data-changed') }),
  /** The user tracked a new site (or stopped): register its content script, recompute badges. */
  z.object({ type: z.literal('providers-changed') }),
  /** "Save this page as proof" from the side panel; the reply is a CaptureReply. */
  z.object({
    type: z.literal('capture-tab'),
    tabId: z.number().int().nonnegative(),
    accountId: id.optional(),
    taskId: id.optional(),
    /** The user asked to keep a page that is not a known provider's. */
    allowAnyPage: z.boolean().default(false),
  }),
]);
export type PanelMessage = z.infer<typeof PanelMessage>;

/** From the content script on a provider page to the background. */
export const ContentMessage = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('page-signals'),
    url: z.string().max(4000),
    title: z.string().max(500),
    /** Page kinds the page's own text suggests (headings, form labels). */
    kinds: z.array(z.enum(signalKinds)).max(5),
    references: z.array(z.object({ label: z.string().max(60), value: z.string().min(3).max(40), context: z.string().max(200) })).max(20),
  }),
]);
export type ContentMessage = z.infer<typeof ContentMessage>;

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  /** 0 for a page's top frame; content scripts run only there. */
  frameId?: number;
}

export type Received =
  | { from: 'panel'; message: PanelMessage }
  | { from: 'content'; message: ContentMessage; tabId: number }
  | { from: 'rejected'; reason: string };

/**
 * Decides what an incoming runtime message is, or why it is refused. A message
 * from a tab can only be a content message; only our own pages may send panel ones.
 */
export function receive(raw: unknown, sender: SenderInfo, ownId: string, ownOrigin: string): Received {
  if (sender.id !== ownId) return { from: 'rejected', reason: 'message from another extension' };
  if (sender.tab?.id !== undefined && !sender.url?.startsWith(ownOrigin)) {
    if (sender.frameId !== undefined && sender.frameId !== 0) return { from: 'rejected', reason: 'message from a frame inside a page' };
    const parsed = ContentMessage.safeParse(raw);
    if (!parsed.success) return { from: 'rejected', reason: `unexpected content message: ${parsed.error.issues[0]?.message}` };
    return { from: 'content', message: parsed.data, tabId: sender.tab.id };
  }
  if (!sender.url?.startsWith(ownOrigin)) return { from: 'rejected', reason: 'message from an unknown context' };
  const parsed = PanelMessage.safeParse(raw);
  if (!parsed.success) return { from: 'rejected', reason: `unexpected panel message: ${parsed.error.issues[0]?.message}` };
  return { from: 'panel', message: parsed.data };
}
