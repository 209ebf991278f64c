/**
 * A page to print a complaint packet or a letter written in the side panel. The panel
 * opens it and hands it the page's static HTML (lib/complaints/print.ts: escaped text,
 * no script) by a message from the same extension; nothing is stored. The HTML is put
 * in as parsed nodes, its style as a style sheet (the extension's policy allows no
 * inline style or script).
 */
import './style.css';
import { browser } from 'wxt/browser';
import { loadChosenLanguage } from '../../lib/db/languageSetting';
import { showStaticPage } from './staticPage';

const state = document.getElementById('printout-state')!;
const print = document.getElementById('print') as HTMLButtonElement;

interface PrintoutMessage {
  type: 'printout';
  html: string;
}

// The page's words in the language chosen in the settings (or the browser's), before any is shown.
const languageLoaded = loadChosenLanguage(browser.i18n.getUILanguage()).then((language) => {
  document.documentElement.lang = language;
});

function show(html: string): void {
  showStaticPage(html, document.getElementById('printout')!);
  state.textContent = 'Check the page, then print it or save it as a PDF.';
  print.hidden = false;
  print.focus();
}

window.addEventListener('message', (event: MessageEvent<PrintoutMessage>) => {
  // Only the extension's own panel, the window that opened this one, may fill it.
  if (event.origin !== location.origin || event.source !== window.opener) return;
  const { data } = event;
  if (data?.type === 'printout' && typeof data.html === 'string') languageLoaded.then(() => show(data.html));
});
print.addEventListener('click', () => window.print());

if (window.opener) (window.opener as Window).postMessage({ type: 'printout-ready' }, location.origin);
else
  languageLoaded.then(() => {
    state.textContent = 'This page is filled from the side panel. Open the letter or complaint there and choose Print.';
  });
