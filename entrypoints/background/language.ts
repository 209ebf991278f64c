/**
 * The worker speaks the language the user chose (or the browser's): the badge's
 * tooltip, the notifications, the right-click menu and, in Firefox, the shortcut's
 * description. It is loaded when the worker wakes, before the first badge is written,
 * and followed when the user changes it in the panel.
 */
import { browser } from 'wxt/browser';
import { followLanguageChoice, loadChosenLanguage } from '../../lib/db/languageSetting';

let ready: Promise<unknown> = Promise.resolve();

/** Settles once the worker's words are loaded (never rejects: English stays if they cannot be). */
export function languageReady(): Promise<unknown> {
  return ready;
}

/** `loaded` runs once the language is loaded at wake-up; `changed` each time the user picks another. */
export function setupLanguage(on: { loaded: () => void; changed: () => void }): void {
  const ui = browser.i18n.getUILanguage();
  ready = loadChosenLanguage(ui).then(on.loaded).catch(console.error);
  followLanguageChoice(ui, on.changed);
}
