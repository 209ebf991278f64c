/**
 * Runs on provider pages only (the registry's domains, set by the manifest hook in
 * wxt.config.ts, plus the sites the user tracks, registered at runtime). Reads
 * what the address cannot tell (headings, a confirmation number) and sends it as
 * one small message, which the background validates. It stores nothing and never
 * writes to the page. It bundles only lib/page (plain code, no zod): the message
 * type is imported as a type.
 *
 * It says nothing to the page and takes no orders from it. WXT's default start-up
 * `window.postMessage` named the extension's id to every provider page; it is off
 * (noScriptStartedPostMessage). The context WXT passes to main (ctx) is not used:
 * a page that knows the extension's id (a published extension's id is public) can
 * dispatch the custom event with which WXT tells an older copy of a script to stop,
 * and so switch off ctx and everything tied to it (its timers, its listeners, its
 * wxt:locationchange events, which are also dispatched where the page can listen).
 * This script's own timers and observers do not depend on it.
 */
import { browser } from 'wxt/browser';
import type { ContentMessage } from '../lib/messaging/protocol';
import { sendFromPage } from '../lib/messaging/sendFromPage';
import { settleScheduler } from '../lib/page/schedule';
import { signalsMessage } from '../lib/page/signals';

/** Short texts that name what a page is for. */
const HEADINGS = 'h1, h2, h3, legend, label, [role="heading"]';
const MAX_HEADINGS = 200;
/** Read a changing page again once it settles for 400 ms, and at least every 2 s while it never does. */
const SETTLE = { quietMs: 400, maxWaitMs: 2000 };
/**
 * How a newer copy of this script stops an older one in the same page (the tracked-site
 * flow injects it into open tabs). A property of the extension's isolated world: pages
 * can neither see nor call it.
 */
const STOP = '__estateAccountsHelperStop';

export default defineContentScript({
  // Placeholder: the build replaces it with every registry domain (see wxt.config.ts).
  matches: ['https://*.xfinity.com/*'],
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main() {
    const world = globalThis as unknown as Record<string, (() => void) | undefined>;
    world[STOP]?.();

    let last = '';
    const send = () => {
      // The extension was reloaded or updated: this copy is orphaned.
      if (!browser.runtime?.id) return stop();
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

    // Pages that change without loading (single-page apps, forms that turn into a
    // confirmation, pages that never stop changing): read again as they change.
    const scheduler = settleScheduler(send, SETTLE, {
      now: () => performance.now(),
      setTimeout: (run, ms) => setTimeout(run, ms),
      clearTimeout: (handle) => clearTimeout(handle as number),
    });
    const changed = () => scheduler.changed();
    const observer = new MutationObserver(changed);
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    // A new address without a change to the page (history.pushState): the Navigation API
    // where the browser has it, else a look at the address every second.
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    let href = location.href;
    const poll = navigation
      ? undefined
      : setInterval(() => {
          if (location.href !== href) changed();
          href = location.href;
        }, 1000);
    navigation?.addEventListener('navigate', changed);

    function stop() {
      observer.disconnect();
      navigation?.removeEventListener('navigate', changed);
      clearInterval(poll);
      scheduler.stop();
      if (world[STOP] === stop) world[STOP] = undefined;
    }
    world[STOP] = stop;
    send();
  },
});
