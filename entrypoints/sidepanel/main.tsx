import { render } from 'preact';
import '../../components/styles.css';
import { browser } from 'wxt/browser';
import { localDate } from '../../lib/dates';
import { followLanguageChoice, loadChosenLanguage } from '../../lib/db/languageSetting';
import { type Language, onLanguageChange, t } from '../../lib/i18n';
import { sessionKeyStore } from '../../lib/vault/session';
import { connectKeyStore } from '../../lib/vault/state';
import { startFirstRead } from './firstRead';

// The vault key of this browser session, if the lock is on and was opened: the database waits for it.
connectKeyStore(sessionKeyStore(browser.storage.session, browser.storage.onChanged)).catch(console.error);

// Reading the case first and loading the views meanwhile saves the panel ~100 ms on open.
// The views' code runs once the database is open: running it sooner held up the open's
// answer, and so the read, by the ~20 ms it takes.
// The language is read beside the case (one more small read in the same open), and its
// words are loaded before the first render, so no word ever shows in the wrong language.
const uiLanguage = browser.i18n.getUILanguage();
Promise.all([startFirstRead(localDate(new Date())), loadChosenLanguage(uiLanguage)])
  .then(([, language]) => {
    showLanguage(language);
    // A choice made here or in another window: the words change at once (App follows them).
    onLanguageChange(showLanguage);
    followLanguageChoice(uiLanguage);
    return import('./App');
  })
  .then(({ App, preloadProviderViews }) => {
    render(<App />, document.getElementById('app')!);
    // Then the registry and the views that show its facts (an account, the page's guidance).
    preloadProviderViews();
  });

/** The page says which language it is in (screen readers pronounce by it) and its name in it. */
function showLanguage(language: Language): void {
  document.documentElement.lang = language;
  document.title = t('common.appName');
}
