/**
 * Opens the print page (entrypoints/printout) in a new tab and hands it a static page
 * to show, once it says it is ready. Nothing is stored on the way.
 */
import { browser } from 'wxt/browser';

export function openPrintout(html: string): void {
  const win = window.open(browser.runtime.getURL('/printout.html'), '_blank');
  if (!win) throw new Error('The print page could not be opened. Allow this extension to open a new tab, then try again.');
  const onReady = (event: MessageEvent) => {
    if (event.source !== win || event.origin !== location.origin || event.data?.type !== 'printout-ready') return;
    window.removeEventListener('message', onReady);
    win.postMessage({ type: 'printout', html }, location.origin);
  };
  window.addEventListener('message', onReady);
}
