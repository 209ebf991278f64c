import { browser } from 'wxt/browser';
import { type PanelRequest, type ReplyOf, sendFromPanel } from '../../lib/messaging/protocol';

/** The panel's one way to message the background: typed by lib/messaging, its reply checked on arrival. */
export function send<M extends PanelRequest>(message: M): Promise<ReplyOf<M['type']>> {
  return sendFromPanel(message, (m) => browser.runtime.sendMessage(m));
}
