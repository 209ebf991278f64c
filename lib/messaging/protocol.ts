/**
 * The typed protocol between contexts: one enumeration of messages per direction,
 * and for each panel message the schema of its reply. Every message is validated
 * where it arrives (receive); its sender is checked too, because a content script
 * runs inside a page that may be hostile. Every panel reply is validated where it
 * arrives too (sendFromPanel). The browser is reached through a Transport passed
 * in, so all of this runs in Node with fakes.
 *
 * The content script's sending is in sendFromPage.ts, apart, so the script does not
 * load zod.
 */
import { z } from 'zod';
import { id, isoDate } from '../model';
import { signalKinds } from '../page/signals';
import { type FirstScreen, isFirstScreen, NO_ANSWER } from './firstScreen';

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
  /** The panel's first screen, read here where the database is open (firstScreen.ts); the reply is a FirstScreen. */
  z.object({ type: z.literal('first-screen'), tabId: z.number().int().nonnegative().optional(), today: isoDate }),
]);
/** A panel message as the background sees it, after validation (defaults filled in). */
export type PanelMessage = z.infer<typeof PanelMessage>;
/** A panel message as the panel writes it (fields with a default may be left out). */
export type PanelRequest = z.input<typeof PanelMessage>;
export type PanelMessageType = PanelMessage['type'];

/** From the content script on a provider page to the background. It gets no reply. */
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
export type ContentMessageType = ContentMessage['type'];

/** What the background answers a capture request with, and keeps as the last capture (settings `lastCapture`) for the panel. */
export const CaptureReply = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    at: z.string(),
    tabId: z.number().int(),
    evidenceId: z.string(),
    title: z.string(),
    references: z.array(z.string()),
    accountId: z.string().optional(),
    notes: z.array(z.string()),
  }),
  z.object({ ok: z.literal(false), at: z.string(), tabId: z.number().int(), reason: z.string(), notProvider: z.boolean().default(false) }),
]);
export type CaptureReply = z.infer<typeof CaptureReply>;

/** "Done": the reply to a message that only asks the background to act. */
export const Done = z.object({ ok: z.literal(true) });
export type Done = z.infer<typeof Done>;
export const done: Done = { ok: true };

/** Each panel message's reply schema. A message type missing here does not compile. */
export const panelReplies = {
  'data-changed': Done,
  'providers-changed': Done,
  'capture-tab': CaptureReply,
  'first-screen': z.custom<FirstScreen>(isFirstScreen),
} as const satisfies { [T in PanelMessageType]: z.ZodType };

/** The reply the background gives to a panel message of type T. */
export type ReplyOf<T extends PanelMessageType> = z.infer<(typeof panelReplies)[T]>;

/** Hands a message to the browser and resolves with whatever came back (browser.runtime.sendMessage). */
export type Transport = (message: unknown) => Promise<unknown>;

export { NO_ANSWER };

/**
 * Sends a panel message to the background; resolves with its reply, checked
 * against the reply schema of that message type. Rejects when the browser could
 * not deliver it, the background failed, or the reply does not fit (NO_ANSWER).
 */
export async function sendFromPanel<M extends PanelRequest>(message: M, transport: Transport): Promise<ReplyOf<M['type']>> {
  const schema: z.ZodType = panelReplies[message.type];
  const parsed = schema.safeParse(await transport(message));
  if (!parsed.success) throw new Error(NO_ANSWER);
  return parsed.data as ReplyOf<M['type']>;
}

/** The background's handler of every panel message type: one missing does not compile. */
export type PanelHandlers = {
  [T in PanelMessageType]: (message: Extract<PanelMessage, { type: T }>) => Promise<ReplyOf<T>>;
};

/** Where a content message came from: its tab, and the address the browser gives for the sender. */
export interface ContentOrigin {
  tabId: number;
  url?: string;
}

/** The background's handler of every content message type: one missing does not compile. */
export type ContentHandlers = {
  [T in ContentMessageType]: (message: Extract<ContentMessage, { type: T }>, from: ContentOrigin) => Promise<void>;
};

/** Runs the handler of a (validated) panel message; resolves with its reply. */
export function handlePanel<T extends PanelMessageType>(
  handlers: PanelHandlers,
  message: Extract<PanelMessage, { type: T }>,
): Promise<ReplyOf<T>> {
  const handler = handlers[message.type as T] as (m: typeof message) => Promise<ReplyOf<T>>;
  return handler(message);
}

/** Runs the handler of a (validated) content message. */
export function handleContent(handlers: ContentHandlers, message: ContentMessage, from: ContentOrigin): Promise<void> {
  const handler = handlers[message.type] as (m: ContentMessage, from: ContentOrigin) => Promise<void>;
  return handler(message, from);
}

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
