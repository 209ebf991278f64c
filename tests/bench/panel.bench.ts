/**
 * Side panel: time from opening it to the first complete render of a case with 50
 * accounts, 2,000 contacts and 5,000 tasks (plus 500 devices and 500 promises), in
 * headless Chromium with the built extension. "Complete" means every account row of
 * the dashboard is on screen; for a provider page, that provider's five accounts, each
 * with its latest calls (pageSizes.calls of components/ShowMore.tsx; the earlier ones
 * behind "Show earlier calls") and its first steps. Measured from navigation start (performance.now() in the
 * page), median of several opens, each in a new page, after two opens that are not
 * counted (reported as the first opens: the browser's caches of the extension's
 * code and of the just-written data are cold then).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pageSizes } from '../../components/ShowMore';
import { launchWithExtension, panelDrawn, providerHtml, rebuildAttention, routePage, tellDataChanged } from '../e2e/fixtures';
import { median, report, verdict } from './stats';

const ACCOUNTS = 50;
const CONTACTS = 2000;
const TASKS = 5000;
export const RUNS = 11;
/** Opens before each series that are not counted (their times are reported as "first opens"). */
export const WARMUP = 2;
const TARGET_MS = 200;

/** Writes the case straight into the extension's IndexedDB, from one of its pages. */
export async function seed(page: import('@playwright/test').Page): Promise<void> {
  await panelDrawn(page);
  await page.evaluate(
    async ({ ACCOUNTS, CONTACTS, TASKS }) => {
      const providerIds = ['xfinity', 'att', 't-mobile', 'verizon', 'spectrum', 'cox', 'pge', 'coned', 'netflix', 'directv'];
      const stamp = '2026-03-10T12:00:00.000Z';
      const caseId = 'bench-case';
      const open = indexedDB.open('estate');
      const db: IDBDatabase = await new Promise((res, rej) => {
        open.onsuccess = () => res(open.result);
        open.onerror = () => rej(open.error);
      });
      const tx = db.transaction(['cases', 'settings', 'accounts', 'checklists', 'contacts', 'devices', 'promises'], 'readwrite');
      tx.objectStore('cases').put({
        id: caseId,
        deceasedName: 'Bench Case',
        dateOfDeath: '2026-03-02',
        userRole: 'executor',
        createdAt: stamp,
        updatedAt: stamp,
      });
      tx.objectStore('settings').put({ key: 'activeCaseId', value: caseId });
      const links = { contactIds: [], documentSentIds: [], evidenceIds: [] };
      for (let a = 0; a < ACCOUNTS; a++) {
        const accountId = `acc-${a}`;
        tx.objectStore('accounts').put({
          id: accountId,
          caseId,
          providerId: providerIds[a % providerIds.length],
          intent: 'close',
          createdAt: stamp,
          updatedAt: new Date(Date.parse(stamp) + a).toISOString(),
        });
        for (let d = 0; d < 10; d++)
          tx.objectStore('devices').put({
            id: `dev-${a}-${d}`,
            caseId,
            accountId,
            kind: 'tv_box',
            label: `Box ${d}`,
            state: d % 2 ? 'returned' : 'pending',
            returnedOn: d % 2 ? '2026-03-09' : undefined,
            createdAt: stamp,
            updatedAt: stamp,
          });
      }
      // Each account's steps are stored together, as its checklist.
      const steps: object[][] = Array.from({ length: ACCOUNTS }, () => []);
      for (let t = 0; t < TASKS; t++) {
        const a = t % ACCOUNTS;
        steps[a]!.push({
          id: crypto.randomUUID(),
          caseId,
          accountId: `acc-${a}`,
          stepKey: `step-${t}`,
          title: `Step ${t} of the playbook for this account`,
          detail: 'Some detail about what to do and why it matters.',
          state: t % 3 === 0 ? 'done' : 'todo',
          dueDate: t % 7 === 0 ? '2026-03-01' : undefined,
          order: t,
          links,
          createdAt: stamp,
          updatedAt: stamp,
        });
      }
      steps.forEach((own, a) => {
        tx.objectStore('checklists').put({ id: `acc-${a}`, caseId, steps: own });
      });
      for (let c = 0; c < CONTACTS; c++) {
        const a = c % ACCOUNTS;
        tx.objectStore('contacts').put({
          id: `con-${c}`,
          caseId,
          accountId: `acc-${a}`,
          at: new Date(Date.parse(stamp) - c * 3600_000).toISOString(),
          channel: 'call',
          department: 'Billing',
          representative: `Rep ${c}`,
          referenceNumber: `REF-${c}`,
          holdMinutes: c % 60,
          summary: 'Called about the final bill and the modem return.',
          createdAt: stamp,
          updatedAt: stamp,
        });
        if (c % 4 === 0)
          tx.objectStore('promises').put({
            id: `pro-${c}`,
            caseId,
            accountId: `acc-${a}`,
            contactId: `con-${c}`,
            what: 'Refund in 5 days',
            dueDate: '2026-03-05',
            createdAt: stamp,
            updatedAt: stamp,
          });
      }
      await new Promise((res, rej) => {
        tx.oncomplete = res;
        tx.onerror = () => rej(tx.error);
      });
      db.close();
    },
    { ACCOUNTS, CONTACTS, TASKS },
  );
  // Written past the extension's code: the attention rows (what the badge and Reminders read) as its writes keep them.
  await rebuildAttention(page);
  await tellDataChanged(page);
}

/** Opens the panel in a fresh tab and returns ms from navigation start to `done()` first being true. */
export async function timeOpen(context: import('@playwright/test').BrowserContext, url: string, done: string): Promise<number> {
  return (await timeOpenAndLive(context, url, done)).shown;
}

/**
 * As timeOpen, and also when the live views were in place (takeover.tsx marks
 * 'panel:live-drawn'): the first screen is drawn from the background's answer before
 * them, and what is pressed on it is answered once they are in place.
 */
export async function timeOpenAndLive(
  context: import('@playwright/test').BrowserContext,
  url: string,
  done: string,
): Promise<{ shown: number; live: number }> {
  const page = await context.newPage();
  await page.addInitScript((doneSource: string) => {
    const isDone = new Function(`return (${doneSource})`) as () => boolean;
    const observer = new MutationObserver(() => {
      if ((window as unknown as { __rendered?: number }).__rendered === undefined && isDone()) {
        (window as unknown as { __rendered?: number }).__rendered = performance.now();
        observer.disconnect();
      }
    });
    document.addEventListener('DOMContentLoaded', () =>
      observer.observe(document.body, { childList: true, subtree: true, characterData: true }),
    );
  }, done);
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __rendered?: number }).__rendered !== undefined, null, { timeout: 60_000 });
  const shown = await page.evaluate(() => (window as unknown as { __rendered: number }).__rendered);
  await page.waitForFunction(() => performance.getEntriesByName('panel:live-drawn').length > 0, null, { timeout: 60_000 });
  const live = await page.evaluate(() => performance.getEntriesByName('panel:live-drawn')[0]!.startTime);
  await page.close();
  return { shown, live };
}

/** The first opens (not counted) and the counted ones. */
export async function series(
  context: import('@playwright/test').BrowserContext,
  url: string,
  done: string,
): Promise<{ first: number[]; runs: number[]; live: number[] }> {
  const first: number[] = [];
  for (let i = 0; i < WARMUP; i++) first.push(await timeOpen(context, url, done));
  const runs: number[] = [];
  const live: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const opened = await timeOpenAndLive(context, url, done);
    runs.push(opened.shown);
    live.push(opened.live);
  }
  return { first, runs, live };
}

const list = (values: number[]) => values.map((v) => v.toFixed(0)).join(', ');

export async function run(): Promise<boolean> {
  const profile = mkdtempSync(path.join(tmpdir(), 'estate-bench-'));
  const { context, worker, extensionId } = await launchWithExtension(profile);
  try {
    const base = `chrome-extension://${extensionId}/sidepanel.html`;
    // Baseline in the same run: the panel's first-run form, on an empty database.
    const empty = await series(context, base, `document.body.textContent.includes("Let's start with the person who died")`);
    const first = await context.newPage();
    await first.goto(base);
    await seed(first);
    await first.close();
    // Let the browser settle after writing 6,000 records (its storage compacts them in the background).
    await new Promise((resolve) => setTimeout(resolve, 2000));

    // The dashboard: opened on a page that is not a provider's.
    const dashboard = await series(context, base, `document.querySelectorAll('[aria-label="Accounts"] > li').length === ${ACCOUNTS}`);

    // A provider page: Xfinity's 5 accounts, each with 100 steps and 40 contacts.
    const url = 'https://customer.xfinity.com/#/billing';
    await routePage(context, 'https://customer.xfinity.com/**', providerHtml('My Account - Xfinity'));
    const site = await context.newPage();
    await site.goto(url);
    const tabId = await worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
    // Each account shows its latest calls (the rest behind "Show earlier calls").
    const perAccountContacts = Math.min(CONTACTS / ACCOUNTS, pageSizes.calls);
    const provider = await series(
      context,
      `${base}?tabId=${tabId}`,
      `document.querySelectorAll('article.account').length === 5 && [...document.querySelectorAll('article.account')].every((a) => a.querySelectorAll('[data-testid="contact"]').length === ${perAccountContacts})`,
    );

    report([
      ['baseline: empty panel (first-run form), median', `${median(empty.runs).toFixed(1)} ms (first opens: ${list(empty.first)})`],
      ['case', `${ACCOUNTS} accounts, ${CONTACTS} contacts, ${TASKS} tasks, ${ACCOUNTS * 10} devices, ${CONTACTS / 4} promises`],
      [
        'dashboard: open -> complete render, median',
        `${median(dashboard.runs).toFixed(1)} ms (runs: ${list(dashboard.runs)}; first opens: ${list(dashboard.first)})`,
      ],
      [
        'provider page (5 accounts, 500 steps, 200 contacts), median',
        `${median(provider.runs).toFixed(1)} ms (runs: ${list(provider.runs)}; first opens: ${list(provider.first)})`,
      ],
      ['dashboard / baseline', `${(median(dashboard.runs) / median(empty.runs)).toFixed(2)}x`],
      // What is pressed on the first screen is answered once the live views are in place.
      ['live views in place (answering clicks), median', ''],
      ['  empty panel', `${median(empty.live).toFixed(1)} ms`],
      ['  dashboard', `${median(dashboard.live).toFixed(1)} ms (runs: ${list(dashboard.live)})`],
      ['  provider page', `${median(provider.live).toFixed(1)} ms (runs: ${list(provider.live)})`],
    ]);
    // The targets: the dashboard kept under TARGET_MS, and the provider page brought under it.
    const dashboardMet = verdict(`dashboard under ${TARGET_MS} ms`, median(dashboard.runs) < TARGET_MS);
    const providerMet = verdict(`provider page under ${TARGET_MS} ms`, median(provider.runs) < TARGET_MS);
    return dashboardMet && providerMet;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
