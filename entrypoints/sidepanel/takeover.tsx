/**
 * The live panel: the database (its first read started at once), the vault's key, the
 * language setting, then the views (App.tsx). Loaded just after the first screen is
 * drawn (main.tsx); the views draw out of sight and take the first screen's place once
 * they have read what it showed (frame.tsx `shown`, handover.ts).
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { localDate } from '../../lib/dates';
import { followLanguageChoice, loadChosenLanguage } from '../../lib/db/languageSetting';
import { type Language, onLanguageChange, t } from '../../lib/i18n';
import { sessionKeyStore } from '../../lib/vault/session';
import { connectKeyStore } from '../../lib/vault/state';
import { startFirstRead } from './firstRead';
import { shown } from './frame';
import type { Held } from './handover';

/** Longest the first screen waits for the live views before giving way to them anyway. */
const HANDOVER_LIMIT_MS = 10_000;

export async function takeOver(root: HTMLElement, held: Held | undefined): Promise<void> {
  // The vault key of this browser session, if the lock is on and was opened: the database waits for it.
  connectKeyStore(sessionKeyStore(browser.storage.session, browser.storage.onChanged)).catch(console.error);
  // Reading the case first and loading the views meanwhile: the views' code runs once the
  // database is open (running it sooner held up the open's answer, and so the read).
  // The language is read beside the case, and its words loaded before the views render.
  const uiLanguage = browser.i18n.getUILanguage();
  const views = import('./App');
  const [, language] = await Promise.all([startFirstRead(localDate(new Date())), loadChosenLanguage(uiLanguage)]);
  showLanguage(language);
  // A choice made here or in another window: the words change at once (App follows them).
  onLanguageChange(showLanguage);
  followLanguageChoice(uiLanguage);
  const { App, preloadProviderViews } = await views;
  if (!held) {
    render(<App />, root);
  } else {
    const next = document.createElement('div');
    next.hidden = true;
    root.after(next);
    render(<App />, next);
    await Promise.race([shown, new Promise((resolve) => setTimeout(resolve, HANDOVER_LIMIT_MS))]);
    held.handOver(next);
    // The first screen's components are let go (its elements have left the page).
    render(null, root);
  }
  // Then the registry and the views that show its facts (an account, the page's guidance).
  preloadProviderViews();
}

/** The page says which language it is in (screen readers pronounce by it) and its name in it. */
function showLanguage(language: Language): void {
  document.documentElement.lang = language;
  document.title = t('common.appName');
}
