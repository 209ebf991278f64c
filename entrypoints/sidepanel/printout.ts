/**
 * Opens the print page (entrypoints/printout) in a new tab and hands it a static page
 * to show, once it says it is ready. Nothing is stored on the way.
 */
import { browser } from 'wxt/browser';
import { language, t } from '../../lib/i18n';

export function openPrintout(html: string): void {
  const win = window.open(browser.runtime.getURL('/printout.html'), '_blank');
  if (!win) throw new Error(t('report.printoutBlocked'));
  const onReady = (event: MessageEvent) => {
    if (event.source !== win || event.origin !== location.origin || event.data?.type !== 'printout-ready') return;
    window.removeEventListener('message', onReady);
    // The print page has no extension APIs to read the settings with: it speaks the panel's language, told here.
    win.postMessage({ type: 'printout', html, language: language() }, location.origin);
  };
  window.addEventListener('message', onReady);
}
