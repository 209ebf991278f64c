/**
 * Runs on provider pages only (the registry's domains, set by the manifest hook in
 * wxt.config.ts, plus the sites the user tracks, registered at runtime). Reads
 * what the address cannot tell (headings, a confirmation number) and sends it as
 * one small message, which the background validates. It stores nothing and never
 * writes to the page. It bundles only lib/page (plain code, no zod): the message
 * type is imported as a type.
 */
import { browser } from 'wxt/browser';
import type { ContentMessage } from '../lib/messaging/protocol';
import { sendFromPage } from '../lib/messaging/sendFromPage';
import { signalsMessage } from '../lib/page/signals';

/** Short texts that name what a page is for. */
const HEADINGS = 'h1, h2, h3, legend, label, [role="heading"]';
const MAX_HEADINGS = 200;

export default defineContentScript({
  // Placeholder: the build replaces it with every registry domain (see wxt.config.ts).
  matches: ['https://*.xfinity.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    let last = '';
    const send = () => {
      const headings = [...document.querySelectorAll(HEADINGS)].slice(0, MAX_HEADINGS).map((e) => e.textContent ?? '');
      // biome-ignore lint/performance/useDomNodeTextContent: the visible text, as a person reads it, is what counts
      const text = document.body?.innerText ?? '';
      const message: ContentMessage = signalsMessage({ url: location.href, title: document.title, headings, text });
      const key = JSON.stringify(message);
      if (key === last) return; // nothing new to say
      last = key;
      sendFromPage(message, (m) => browser.runtime.sendMessage(m)).catch(() => {
        /* the extension was reloaded or updated: this page's script is orphaned */
      });
    };
    send();

    // Pages that change without loading (single-page apps, forms that turn into a
    // confirmation): read again once the page settles.
    let timer: number | undefined;
    const schedule = () => {
      clearTimeout(timer);
      timer = ctx.setTimeout(send, 400);
    };
    const observer = new MutationObserver(schedule);
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    ctx.onInvalidated(() => observer.disconnect());
    ctx.addEventListener(window, 'wxt:locationchange', schedule);
  },
});
