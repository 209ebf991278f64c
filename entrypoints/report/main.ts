/**
 * The report of an estate (or of one account), to read and print: the very report
 * a copy holds (lib/bundle/readableReport), made from the records on this computer.
 * Opened from the panel's "Copies" with the choices made there in its
 * address (?case=&account=&sensitive=1&numbers=full). The report's own text is the
 * escaped HTML report.ts writes; it is put in this page as parsed nodes (no script
 * in it can run: the extension's policy allows none), its style as a style sheet.
 * Its words, and the report's, are in the language the page speaks (the panel's); the
 * page shows none before that language is loaded.
 */
import './style.css';
import { browser } from 'wxt/browser';
import { readableReport } from '../../lib/bundle/readableReport';
import { db } from '../../lib/db/database';
import { loadChosenLanguage } from '../../lib/db/languageSetting';
import { language, t } from '../../lib/i18n';
import { sessionKeyStore } from '../../lib/vault/session';
import { connectKeyStore, isLocked } from '../../lib/vault/state';
import { type PageShell, pageShell } from '../printout/shell';
import { showStaticPage } from '../printout/staticPage';

const content = document.getElementById('report')!;
const params = new URLSearchParams(location.search);
let shell: PageShell | undefined;

/** The bar above the report, in the language the page speaks. */
function openShell(): PageShell {
  shell = pageShell(content, { title: t('report.pageTitle'), bar: t('report.actions'), print: t('report.print') });
  return shell;
}

async function show(): Promise<void> {
  await connectKeyStore(sessionKeyStore(browser.storage.session, browser.storage.onChanged));
  await db().open(); // learns whether the lock is on
  // The page's words in the language chosen in the settings (or the browser's).
  await loadChosenLanguage(browser.i18n.getUILanguage());
  const shell = openShell();
  shell.say(t('report.making'));
  if (isLocked()) {
    shell.say(t('report.locked'));
    return;
  }
  const caseId = params.get('case');
  if (!caseId) {
    shell.say(t('report.noCase'));
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
  showStaticPage(html, content, (doc) => {
    // The report links each file by its place in the copy; here there is no copy beside it: the name stays, as text.
    for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      if (/^https?:/i.test(link.getAttribute('href') ?? '')) continue;
      const name = doc.createElement('span');
      name.textContent = link.textContent;
      link.replaceWith(name);
    }
  });
  shell.say(t('report.ready'));
  shell.ready();
}

show().catch((e: Error) => {
  (shell ?? openShell()).say(t('report.failed', { error: e.message }));
});
