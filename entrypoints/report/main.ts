/**
 * The report of an estate (or of one account), to read and print: the very report
 * a copy holds (lib/bundle/readableReport), made from the records on this computer.
 * Opened from the panel's "Copies" with the choices made there in its
 * address (?case=&account=&sensitive=1&numbers=full). The report's own text is the
 * escaped HTML report.ts writes; it is put in this page as parsed nodes (no script
 * in it can run: the extension's policy allows none), its style as a style sheet.
 * Its words, and the report's, are in the language the page speaks (the panel's).
 */
import './style.css';
import { browser } from 'wxt/browser';
import { readableReport } from '../../lib/bundle/readableReport';
import { db } from '../../lib/db/database';
import { loadChosenLanguage } from '../../lib/db/languageSetting';
import { language, t } from '../../lib/i18n';
import { sessionKeyStore } from '../../lib/vault/session';
import { connectKeyStore, isLocked } from '../../lib/vault/state';
import { showStaticPage } from '../printout/staticPage';

const state = document.getElementById('report-state')!;
const print = document.getElementById('print') as HTMLButtonElement;
const params = new URLSearchParams(location.search);

/** The page's own words, in the language it speaks. */
function speak(): void {
  document.documentElement.lang = language();
  document.title = t('report.pageTitle');
  document.querySelector('.report-toolbar')?.setAttribute('aria-label', t('report.actions'));
  state.textContent = t('report.making');
  print.textContent = t('report.print');
}

async function show(): Promise<void> {
  await connectKeyStore(sessionKeyStore(browser.storage.session, browser.storage.onChanged));
  await db().open(); // learns whether the lock is on
  // The page's words in the language chosen in the settings (or the browser's).
  await loadChosenLanguage(browser.i18n.getUILanguage());
  speak();
  if (isLocked()) {
    state.textContent = t('report.locked');
    return;
  }
  const caseId = params.get('case');
  if (!caseId) {
    state.textContent = t('report.noCase');
    return;
  }
  const html = await readableReport({
    caseId,
    accountId: params.get('account') || undefined,
    includeSensitive: params.get('sensitive') === '1',
    includeOriginals: params.get('originals') === '1',
    accountNumbers: params.get('numbers') === 'full' ? 'full' : 'last4',
    // The user reads this page: in their language (a copy for a regulator is written in English).
    language: language(),
  });
  showStaticPage(html, document.getElementById('report')!, (doc) => {
    // The report links each file by its place in the copy; here there is no copy beside it: the name stays, as text.
    for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      if (/^https?:/i.test(link.getAttribute('href') ?? '')) continue;
      const name = doc.createElement('span');
      name.textContent = link.textContent;
      link.replaceWith(name);
    }
  });
  state.textContent = t('report.ready');
  print.hidden = false;
  print.focus();
}

print.addEventListener('click', () => window.print());
show().catch((e: Error) => {
  state.textContent = t('report.failed', { error: e.message });
});
