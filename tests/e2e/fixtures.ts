import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, test as base, chromium, type Page, type Worker } from '@playwright/test';
import { storeRows } from './storeRows';

export const extensionDir = path.resolve('.output/chrome-mv3');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launches Chromium with the built extension, on a given profile folder (kept across restarts). */
export async function launchWithExtension(
  userDataDir: string,
  options: { timezoneId?: string; locale?: string; args?: string[] } = {},
): Promise<{ context: BrowserContext; worker: Worker; extensionId: string }> {
  const { args = [], ...contextOptions } = options;
  const context = await chromium.launchPersistentContext(userDataDir, {
    ...contextOptions,
    executablePath: chromiumPath,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 400, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...args,
    ],
  });
  // Nothing may leave the machine: any request that is not routed by a test fails loudly.
  await context.route(/^https?:\/\//, (route) => route.abort('internetdisconnected'));
  // The worker may be asleep on a reused profile: a tab event wakes it.
  const worker =
    context.serviceWorkers()[0] ??
    (await Promise.race([
      context.waitForEvent('serviceworker', { timeout: 60_000 }),
      new Promise<never>((_, reject) =>
        setTimeout(
          () =>
            context
              .newPage()
              .then((p) => p.goto('about:blank'))
              .catch(reject),
          3_000,
        ),
      ),
    ]));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId };
}

/** A provider page served by the test at its real URL, so the address bar shows what a user would see. */
export async function routePage(context: BrowserContext, url: string, body: string): Promise<void> {
  await context.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body }));
}

export function providerHtml(title: string, bodyHtml = ''): string {
  return `<!doctype html><html><head><title>${title}</title></head><body><h1>${title}</h1>${bodyHtml}</body></html>`;
}

/** Opens a provider page, served at its real URL, in a new tab; returns the page and its tab id. */
export async function openProviderTab(
  context: BrowserContext,
  worker: Worker,
  url: string,
  body: string,
  routeGlob = url,
): Promise<{ page: Page; tabId: number }> {
  await routePage(context, routeGlob, body);
  const page = await context.newPage();
  await page.goto(url);
  return { page, tabId: await tabIdOf(worker, url) };
}

/** The side panel's first-run form, filled in as a person would. */
export async function startCase(
  panel: Page,
  options: { role?: 'executor' | 'spouse' | 'child' | 'other'; survivor?: string } = {},
): Promise<void> {
  await panel.getByLabel('Their full name').fill('Robert Miller');
  await panel.getByLabel('Date of death').fill('2026-03-02');
  if (options.role) await panel.getByLabel('You are').selectOption(options.role);
  if (options.survivor) {
    await panel.getByText('Moving an account to someone?').click();
    await panel.getByLabel('Whose name accounts may move to (optional)').fill(options.survivor);
  }
  await panel.getByRole('button', { name: 'Start' }).click();
}

/**
 * Xfinity's billing page in a tab and its side panel at 360 x 640 (its clock set first when
 * `now` is given), an estate started and the Xfinity account added: where account tests begin.
 */
export async function xfinityAccount(
  ext: { context: BrowserContext; worker: Worker; extensionId: string },
  options: { now?: string; role?: 'executor' | 'spouse' | 'child' | 'other' } = {},
): Promise<{ panel: Page; tabId: number }> {
  const { tabId } = await openProviderTab(
    ext.context,
    ext.worker,
    'https://customer.xfinity.com/#/billing',
    providerHtml('Billing'),
    'https://customer.xfinity.com/**',
  );
  const panel = await openPanel(ext.context, ext.extensionId, tabId);
  await panel.setViewportSize({ width: 360, height: 640 });
  if (options.now) {
    await panel.clock.install({ time: new Date(options.now) });
    await panel.reload();
  }
  await startCase(panel, { role: options.role });
  await panel.getByRole('button', { name: 'Add Xfinity to this estate' }).click();
  return { panel, tabId };
}

/**
 * Logs a call with one promise from the quick actions of a provider's panel (English words);
 * `who` also fills "More details" (department, representative).
 */
export async function logCallWithPromise(
  panel: Page,
  call: { at: string; what: string; by: string; who?: { department: string; representative: string } },
): Promise<void> {
  await panel.getByRole('group', { name: 'Quick actions' }).getByRole('button', { name: 'Log a call' }).click();
  const form = panel.getByRole('form', { name: 'Log a call or message' });
  await form.getByLabel('When').fill(call.at);
  if (call.who) {
    await form.getByText('More details').click();
    await form.getByLabel('Department').fill(call.who.department);
    await form.getByLabel('Who you spoke with (name or ID)').fill(call.who.representative);
  }
  await form.getByLabel('Outcome').selectOption('promise');
  // Choosing "They promised something" opens the promise row, ready to type in.
  await expect(form.getByLabel('Promise 1')).toBeFocused();
  await form.getByLabel('Promise 1').fill(call.what);
  await form.getByLabel('By').fill(call.by);
  await form.getByRole('button', { name: 'Save to the log' }).click();
  await expect(form).toHaveCount(0);
}

/**
 * Writes rows straight into the extension's IndexedDB, as Dexie stores them, without telling the background.
 * The attention rows the extension's own writes keep beside the records (lib/db/attention.ts) are built
 * anew from every stored record, as its writes would leave them.
 */
export async function putRows(page: Page, store: string, rows: object[]): Promise<void> {
  await putRawRows(page, store, rows);
  await rebuildAttention(page);
}

/** The attention rows (lib/db/attention.ts) built from every stored record: after rows were written past the extension's code. */
export async function rebuildAttention(page: Page): Promise<void> {
  const names = await page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('estate');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          resolve([...open.result.objectStoreNames].filter((name) => name !== 'blobs' && name !== 'attention'));
          open.result.close();
        };
      }),
  );
  const tables = Object.fromEntries(await Promise.all(names.map(async (t) => [t, await readRows<Record<string, unknown>>(page, t)])));
  const rows = JSON.parse(
    execFileSync(process.execPath, ['--import', 'tsx', path.resolve('tests/e2e/attentionRows.ts')], {
      input: JSON.stringify(tables),
      maxBuffer: 256 * 1024 * 1024,
    }).toString('utf8'),
  ) as object[];
  await page.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('estate');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('attention', 'readwrite');
          const store = tx.objectStore('attention');
          store.clear();
          for (const row of rows) store.put(row);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    rows,
  );
}

async function putRawRows(page: Page, store: string, rows: object[]): Promise<void> {
  await page.evaluate(
    ([name, items]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('estate');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(name, 'readwrite');
          for (const row of items) tx.objectStore(name).put(row);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [store, rows] as const,
  );
}

/** Every row of one of the extension's IndexedDB stores, read from one of its pages. */
export async function readRows<T>(page: Page, store: string): Promise<T[]> {
  return (await page.evaluate(storeRows, store)) as T[];
}

/** The tab id Chromium gave a page, asked of the extension itself. */
export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  const id = await worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id;
  }, url);
  if (id === undefined) throw new Error(`no tab with ${url}`);
  return id;
}

export async function badgeOf(worker: Worker, tabId?: number): Promise<{ text: string; title: string; color: number[] }> {
  return worker.evaluate(async (id) => {
    const details = id === undefined ? {} : { tabId: id };
    const [text, title, color] = await Promise.all([
      chrome.action.getBadgeText(details),
      chrome.action.getTitle(details),
      chrome.action.getBadgeBackgroundColor(details),
    ]);
    return { text, title, color: color as number[] };
  }, tabId);
}

/** Opens the side panel's page as a tab, told which tab it is about. */
export async function openPanel(context: BrowserContext, extensionId: string, tabId?: number): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html${tabId === undefined ? '' : `?tabId=${tabId}`}`);
  await panelDrawn(page);
  return page;
}

/**
 * Waits until the panel shows something: its database exists by then (the background
 * opened it to answer the first screen, or the panel did), so a test may write to it
 * directly. The page's load event comes sooner: the panel opens its database after
 * its first screen's code, not in it.
 */
export async function panelDrawn(page: Page): Promise<void> {
  await page.waitForFunction(() => !!document.getElementById('app')?.firstElementChild);
}

/**
 * Tells the background that data changed, as the panel does after its writes: rows
 * written past the extension's code (putRows) are not told of otherwise, and the
 * background keeps its last readings (the badge, the panel's first screen) until a change.
 */
export async function tellDataChanged(page: Page): Promise<void> {
  await page.evaluate(() => chrome.runtime.sendMessage({ type: 'data-changed' }));
}

export const test = base.extend<{ profile: string; ext: { context: BrowserContext; worker: Worker; extensionId: string } }>({
  // eslint-disable-next-line no-empty-pattern
  profile: async ({}, use) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'estate-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  ext: async ({ profile }, use) => {
    const launched = await launchWithExtension(profile);
    await use(launched);
    await launched.context.close();
  },
});

export const expect = test.expect;

interface StoredStep {
  id: string;
  caseId: string;
  accountId: string;
  stepKey?: string;
  note?: string;
  [field: string]: unknown;
}

/** Every checklist step, of every account (each account's steps are stored together). */
export async function readSteps<T extends StoredStep = StoredStep>(page: Page): Promise<T[]> {
  return (await readRows<{ steps: T[] }>(page, 'checklists')).flatMap((c) => c.steps);
}

/** Adds steps straight into their accounts' checklists, without telling the background. */
export async function putSteps(page: Page, steps: StoredStep[]): Promise<void> {
  const stored = new Map((await readRows<{ id: string; caseId: string; steps: StoredStep[] }>(page, 'checklists')).map((c) => [c.id, c]));
  for (const step of steps) {
    const checklist = stored.get(step.accountId) ?? { id: step.accountId, caseId: step.caseId, steps: [] };
    checklist.steps = [...checklist.steps.filter((s) => s.id !== step.id), step];
    stored.set(step.accountId, checklist);
  }
  await putRows(page, 'checklists', [...stored.values()]);
}

/** Every file under the profile folder whose bytes contain the text (as Chromium would write it: Latin-1 or UTF-16). */
export function filesContaining(dir: string, text: string): string[] {
  const needles = [Buffer.from(text, 'latin1'), Buffer.from(text, 'utf16le')];
  const found: string[] = [];
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const full = path.join(at, name);
      const stat = statSync(full, { throwIfNoEntry: false });
      if (!stat) continue;
      if (stat.isDirectory()) walk(full);
      else if (stat.isFile()) {
        const bytes = readFileSync(full);
        if (needles.some((n) => bytes.includes(n))) found.push(path.relative(dir, full));
      }
    }
  };
  walk(dir);
  return found;
}

/** Turns the vault lock on from an open panel (any view), and waits until every stored row is sealed. */
export async function turnOnLockIn(panel: Page, passphrase: string): Promise<void> {
  await panel.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Lock', exact: true }).click();
  await panel.getByLabel('New passphrase').fill(passphrase);
  await panel.getByLabel('The same passphrase again').fill(passphrase);
  await panel.getByRole('checkbox', { name: 'I understand that a forgotten passphrase cannot be recovered' }).check();
  await panel.getByRole('button', { name: 'Turn on the lock' }).click();
  await expect(panel.getByRole('heading', { name: 'Your records are locked with a passphrase' })).toBeVisible({ timeout: 60_000 });
}

/**
 * Flips one byte of a stored file's row on disk, past the extension's code: of its bytes
 * (`data`) or of its sealed checksums (`sums`); the row `id`, or the only one.
 */
export function damageStoredFile(page: Page, damage: { field: 'data' | 'sums'; at: number; id?: string }): Promise<void> {
  return page.evaluate(
    ({ field, at, id }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('estate');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('blobs').objectStore('blobs').getAll();
          all.onsuccess = async () => {
            const row = id === undefined ? all.result[0] : all.result.find((r) => r.id === id);
            const bytes = new Uint8Array(field === 'data' ? await (row.data as Blob).arrayBuffer() : row.sums);
            bytes[at] = bytes[at]! ^ 1;
            const tx = open.result.transaction('blobs', 'readwrite');
            tx.objectStore('blobs').put({ ...row, [field]: field === 'data' ? new Blob([bytes], { type: row.data.type }) : bytes });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        };
      }),
    damage,
  );
}

/** The stored files' rows, as IndexedDB holds them: their ids, whether each is sealed, and whether it has sealed checksums. */
export function fileRowForms(page: Page): Promise<Array<{ id: string; sealed: boolean; sums: boolean }>> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('estate');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('blobs').objectStore('blobs').getAll();
          all.onsuccess = () => {
            resolve(all.result.map((r) => ({ id: r.id, sealed: r.fileKey instanceof Uint8Array, sums: r.sums instanceof Uint8Array })));
            open.result.close();
          };
        };
      }),
  );
}
