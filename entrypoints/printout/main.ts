/**
 * A page to print a complaint packet or a letter written in the side panel. The panel
 * opens it and hands it the page's static HTML (lib/complaints/print.ts: escaped text,
 * no script) by a message from the same extension; nothing is stored. The HTML is put
 * in as parsed nodes, its style as a style sheet (the extension's policy allows no
 * inline style or script). Its words are in the language the page speaks (the panel's);
 * the page it shows is in the letter's or packet's own language.
 *
 * The panel's message says which language: a tab the panel opens with window.open has
 * no extension APIs (tried: chrome.runtime is undefined in it, and loading the settings'
 * database code there throws), so this page reads no settings and needs no browser API.
 */
import { browserLanguages, isLanguage, type Language, pickLanguage, t, useLanguage } from '../../lib/i18n';
import { type PageShell, pageShell } from './shell';
import { showStaticPage } from './staticPage';

const content = document.getElementById('printout')!;

interface PrintoutMessage {
  type: 'printout';
  html: string;
  /** The panel's language, for this page's own words. */
  language?: Language;
}

/** Loads a language and makes the bar in it: no word shows before. */
async function openShell(language: Language): Promise<PageShell> {
  await useLanguage(language);
  return pageShell(content, { title: t('report.printoutTitle'), bar: t('report.printoutTitle'), print: t('report.printoutButton') });
}

window.addEventListener('message', (event: MessageEvent<PrintoutMessage>) => {
  // Only the extension's own panel, the window that opened this one, may fill it.
  if (event.origin !== location.origin || event.source !== window.opener) return;
  const { data } = event;
  if (data?.type !== 'printout' || typeof data.html !== 'string') return;
  const language = isLanguage(data.language) ? data.language : pickLanguage('auto', browserLanguages());
  openShell(language).then((shell) => {
    showStaticPage(data.html, content);
    shell.say(t('report.printoutCheck'));
    shell.ready();
  });
});

if (window.opener) (window.opener as Window).postMessage({ type: 'printout-ready' }, location.origin);
else openShell(pickLanguage('auto', browserLanguages())).then((shell) => shell.say(t('report.printoutOrphan')));
