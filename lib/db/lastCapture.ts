/**
 * The latest "save this page as proof" result, kept in settings so the side panel can
 * show it even when the capture ran from the shortcut or the menu, or the worker stopped.
 */
import type { CaptureReply } from '../messaging/protocol';
import { isLocked } from '../vault/state';
import { db } from './database';

export const LAST_CAPTURE = 'lastCapture';

export async function saveLastCapture(reply: CaptureReply): Promise<void> {
  // Locked, it cannot be sealed; the panel shows the unlock screen anyway.
  if (isLocked()) return;
  await db().settings.put({ key: LAST_CAPTURE, value: reply });
}
