/**
 * The content script's one way to reach the background. Kept apart from index.ts
 * and importing types only, so the content script (which runs in every provider
 * page) does not load zod: the background validates what arrives.
 */
import type { ContentMessage, Transport } from './protocol';

/**
 * Sends a content message to the background. Such messages get no reply: the
 * promise resolves with nothing once delivered, and rejects when the browser could
 * not deliver it (for example after the extension was reloaded).
 */
export async function sendFromPage(message: ContentMessage, transport: Transport): Promise<void> {
  await transport(message);
}
