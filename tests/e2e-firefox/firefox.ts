/**
 * Firefox with the built extension, for the end-to-end tests: firefox-esr launched by
 * puppeteer-core over WebDriver BiDi, the extension installed from .output/firefox-mv3
 * (webExtension.install), provider pages served by request interception at their real
 * addresses, every other request refused (nothing leaves the machine). The panel is opened
 * as a tab (moz-extension://<uuid>/sidepanel.html?tabId=), as the Chromium tests open it.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from '@playwright/test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { storeRows } from '../e2e/storeRows';

export const extensionDir = path.resolve('.output/firefox-mv3');
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON_ID = 'estate-accounts-helper@extensions.local';
/** The extension's address inside this profile (Firefox picks a random one unless told). */
export const EXTENSION_UUID = '6f1c2a3e-1111-4222-8333-944445555666';

export interface Firefox {
  browser: Browser;
  downloads: string;
  close(): Promise<void>;
}

/** `prefs`: more of Firefox's preferences (say, the languages it asks pages for). */
export async function launchFirefox(prefs: Record<string, string | number | boolean> = {}): Promise<Firefox> {
  const downloads = mkdtempSync(path.join(tmpdir(), 'estate-ff-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    // The BiDi agent may then open the extension's own pages (moz-extension://) in a tab.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
      ...prefs,
    },
  });
  const id = await browser.installExtension(extensionDir);
  expect(id).toBe(ADDON_ID);
  return {
    browser,
    downloads,
    async close() {
      await browser.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}

/** A provider page served at its real address (every address starting with `prefix`); nothing else loads. */
export async function openProviderTab(browser: Browser, url: string, html: string, prefix = new URL(url).origin): Promise<Page> {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url().startsWith(prefix))
      request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html }).catch(console.error);
    else request.abort().catch(() => undefined);
  });
  await page.goto(url);
  return page;
}

export function providerHtml(title: string, bodyHtml = ''): string {
  return `<!doctype html><html><head><title>${title}</title><style>h1 { color: rgb(0, 90, 160); }</style></head><body><h1>${title}</h1>${bodyHtml}<script>document.title += '';</script></body></html>`;
}

/**
 * The panel, as a tab, about the given tab. Firefox moves the page into the extension's
 * process, so the navigation's own events do not reach the driver: it waits for the page instead.
 */
export async function openPanel(browser: Browser, tabId?: number): Promise<Page> {
  const panel = await browser.newPage();
  const url = `moz-extension://${EXTENSION_UUID}/sidepanel.html${tabId === undefined ? '' : `?tabId=${tabId}`}`;
  await panel.goto(url, { waitUntil: 'domcontentloaded', timeout: 3_000 }).catch(() => undefined);
  await expect
    .poll(() => panel.evaluate(() => location.href + document.readyState).catch(() => ''), { timeout: 30_000 })
    .toBe(`${url}complete`);
  // It shows something: its database exists by then (the background opened it to answer the first screen, or the panel did).
  await panel.waitForFunction(() => !!document.getElementById('app')?.firstElementChild);
  return panel;
}

/** The id Firefox gave the tab showing `url`, asked of the extension (from its panel page). */
export async function tabIdOf(panel: Page, url: string): Promise<number> {
  const id = await panel.evaluate(async (u) => (await browser.tabs.query({})).find((t) => t.url === u)?.id, url);
  if (id === undefined) throw new Error(`no tab with ${url}`);
  return id;
}

export async function badgeOf(panel: Page, tabId: number): Promise<{ text: string; title: string }> {
  return panel.evaluate(async (id) => {
    const [text, title] = await Promise.all([browser.action.getBadgeText({ tabId: id }), browser.action.getTitle({ tabId: id })]);
    return { text, title };
  }, tabId);
}

/**
 * Finds an element by what a person reads (a button's words, a field's label, a checkbox's name),
 * marks it, and returns its selector: the driver then clicks or types into it as a user does.
 */
async function target(page: Page, kind: 'button' | 'field' | 'checkbox', name: string): Promise<string> {
  const selector = '[data-ff-target]';
  await expect
    .poll(
      () =>
        page.evaluate(
          ({ kind, name }) => {
            for (const el of document.querySelectorAll('[data-ff-target]')) el.removeAttribute('data-ff-target');
            const words = (el: Element) => (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
            let found: Element | null | undefined;
            if (kind === 'button') found = [...document.querySelectorAll('button')].find((b) => words(b) === name);
            else {
              const label = [...document.querySelectorAll('label')].find((l) => words(l).startsWith(name));
              found =
                label?.control ??
                [...document.querySelectorAll('input')].find((i) => i.getAttribute('aria-label') === name) ??
                [...document.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].find(
                  (i) => i.labels?.[0] && words(i.labels[0]) === name,
                );
              if (kind === 'checkbox' && found && (found as HTMLInputElement).type !== 'checkbox') found = undefined;
            }
            if (!found) return false;
            found.setAttribute('data-ff-target', '');
            return true;
          },
          { kind, name },
        ),
      { message: `${kind} “${name}”` },
    )
    .toBe(true);
  return selector;
}

export async function click(page: Page, kind: 'button' | 'checkbox', name: string): Promise<void> {
  await page.click(await target(page, kind, name));
}

export async function fill(page: Page, label: string, value: string): Promise<void> {
  await page.type(await target(page, 'field', label), value);
}

/** A date field takes its value as the browser's date picker would give it (typing dates depends on the locale). */
export async function fillDate(page: Page, label: string, isoDate: string): Promise<void> {
  const selector = await target(page, 'field', label);
  await page.$eval(
    selector,
    (el, value) => {
      const input = el as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    isoDate,
  );
}

export async function textOf(page: Page): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: the words as a person reads them on the screen
  return page.evaluate(() => document.body.innerText);
}

/** Every row of one of the extension's IndexedDB stores, read from one of its pages. */
export async function readRows<T>(page: Page, store: string): Promise<T[]> {
  return (await page.evaluate(storeRows, store)) as T[];
}

/** A stored file's text and its SHA-256, recomputed from the bytes in IndexedDB. */
export async function storedFile(page: Page, blobId: string): Promise<{ text: string; sha256: string }> {
  return page.evaluate(
    (id) =>
      new Promise<{ text: string; sha256: string }>((resolve, reject) => {
        const open = indexedDB.open('estate');
        open.onsuccess = () => {
          const req = open.result.transaction('blobs').objectStore('blobs').get(id);
          req.onsuccess = async () => {
            open.result.close();
            const data = req.result.data as Blob;
            const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await data.arrayBuffer()));
            resolve({ text: await data.text(), sha256: [...digest].map((b) => b.toString(16).padStart(2, '0')).join('') });
          };
          req.onerror = () => reject(req.error);
        };
      }),
    blobId,
  );
}

/** The one file that lands in the downloads folder (Firefox writes a .part file until it is done). */
export async function downloaded(firefox: Firefox): Promise<string> {
  let name = '';
  await expect
    .poll(() => {
      const files = readdirSync(firefox.downloads);
      name = files.find((f) => f.endsWith('.zip')) ?? '';
      return name !== '' && !files.some((f) => f.endsWith('.part'));
    })
    .toBe(true);
  return path.join(firefox.downloads, name);
}
