/**
 * The live panel: the database (its first read started at once), the vault's key, the
 * language setting, then the views (App.tsx). Its code loads as soon as the panel opens,
 * while the background reads the first screen, and its first read too; the views draw
 * out of sight and take the first screen's place once they have read what it showed
 * (frame.tsx `shown`, handover.ts), or show at once if it is not drawn yet.
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

/** The first screen, once drawn: what holds the user's actions on it, and whether it is a provider's page (with these accounts). */
export interface FirstDrawn {
  held: Held;
  providerPage: boolean;
  accountIds: readonly string[];
}

/** Longest the first screen waits for the live views before giving way to them anyway. */
const HANDOVER_LIMIT_MS = 10_000;

/** The first screen as main.tsx draws it: `first` settles once drawn (or without one); `take` ends it (none is drawn after). */
export interface FirstScreenControl {
  first: Promise<FirstDrawn | undefined>;
  take(): FirstDrawn | undefined;
}

/** Starts the live panel, in `root`, where the first screen may be. */
export async function takeOver(root: HTMLElement, firstScreen: FirstScreenControl): Promise<void> {
  // The views' code loads while the background reads the first screen.
  const views = import('./App');
  views.then(
    () => performance.mark('panel:live-code'),
    () => undefined,
  );
  // On a provider's page, the registry and the account's view load at once: they are what it shows next.
  Promise.all([views, firstScreen.first])
    .then(([m, first]) => first?.providerPage && m.preloadProviderViews())
    .catch(console.error);
  // The vault key of this browser session, if the lock is on and was opened: the database waits for it.
  connectKeyStore(sessionKeyStore(browser.storage.session, browser.storage.onChanged)).catch(console.error);
  // The case's accounts are read at once too (the background answers the first screen from what it keeps,
  // or reads a provider page's few accounts), and the language beside it: its words load before the views render.
  const uiLanguage = browser.i18n.getUILanguage();
  // The whole case only where it is shown: not on a provider's page, nor on one account (?account=).
  const wholeCase = firstScreen.first.then((first) => (first ? !first.providerPage : !new URLSearchParams(location.search).has('account')));
  // A provider's page's accounts: each read as its screen reads it, at once.
  const accountScreens = firstScreen.first.then((first) => first?.accountIds ?? []);
  const [, language] = await Promise.all([
    startFirstRead(localDate(new Date()), wholeCase, accountScreens),
    loadChosenLanguage(uiLanguage),
  ]);
  performance.mark('panel:live-read');
  const { App, preloadProviderViews } = await views;
  showLanguage(language);
  // A choice made here or in another window: the words change at once (App follows them).
  onLanguageChange(showLanguage);
  followLanguageChoice(uiLanguage);
  // Drawn out of the page (nothing on it twice, not even hidden), then put in its place in
  // one go once they have read what the first screen shows.
  const next = document.createElement('div');
  render(<App />, next);
  // Then the registry and the views that show its facts (an account, the page's guidance).
  preloadProviderViews();
  await Promise.race([shown, new Promise((resolve) => setTimeout(resolve, HANDOVER_LIMIT_MS))]);
  const drawn = firstScreen.take();
  if (drawn) {
    drawn.held.handOver(next);
    // The first screen's components are let go (its elements have left the page).
    render(null, root);
  } else {
    next.id = root.id;
    root.replaceWith(next);
  }
  performance.mark('panel:live-drawn');
}

/** The page says which language it is in (screen readers pronounce by it) and its name in it. */
function showLanguage(language: Language): void {
  document.documentElement.lang = language;
  document.title = t('common.appName');
}
