/**
 * The panel with a case at every limit of lib/model/limits.ts at once, beside the
 * user's own small case, in headless Chromium with the built extension; twice: with
 * the records spread over the 200 accounts, and with every record on one account (the
 * worst case for that account's screen). Measured, as medians of several runs:
 * - opening the panel until the dashboard shows every account (its first screen, drawn
 *   from the background's answer), and until the live views are in place: the view
 *   switches below start from the live panel;
 * - opening the busiest account until all its steps and calls show, and going back;
 * - switching to Proof (every item listed), opening one item's editor, Reminders,
 *   Copies, and back to the Checklist;
 * - switching to the small case with the case switcher.
 * Long lists show a part at a time (components/ShowMore.tsx pageSizes: the latest 20
 * calls, 25 open steps, 30 items of proof, 50 reminders, each with "Show more"): a
 * screen is complete when that part is on it.
 * For contrast, the size the issue reported (a case of 10,000 accounts, each with its
 * 10 playbook steps), which imports now refuse: the dashboard's first render.
 * The verdicts are issue 17's targets: the dashboard shown under DASHBOARD_MS, every
 * view switch under SWITCH_MS (medians), with the records spread and on one account.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { pageSizes } from '../../components/ShowMore';
import { caseLimits } from '../../lib/model/limits';
import { launchWithExtension, panelDrawn, rebuildAttention, tellDataChanged } from '../e2e/fixtures';
import { timeOpen } from './panel.bench';
import { median, report, verdict } from './stats';

const RUNS = 5;
/** Issue 17: the dashboard of a large estate shown under 1 s... */
const DASHBOARD_MS = 1000;
/** ...and a view switch under 200 ms (it measured 2-5 s). */
const SWITCH_MS = 200;

interface Counts {
  /** Every record of an account on the first account (the worst case for one account's views). */
  concentrate?: boolean;
  accounts: number;
  tasks: number;
  contacts: number;
  devices: number;
  documentsSent: number;
  promises: number;
  evidence: number;
}

/** tsx compiles the functions passed to page.evaluate with esbuild's keepNames, which calls a helper the page lacks. */
const withNameHelper = (page: Page) => page.evaluate('globalThis.__name ??= (f) => f');

/** Writes one case straight into the extension's IndexedDB (and makes it the active one), from one of its pages. */
export async function seedCase(page: Page, caseId: string, name: string, counts: Counts): Promise<void> {
  await panelDrawn(page);
  await withNameHelper(page);
  await page.evaluate(
    async ({ caseId, name, counts }) => {
      const providerIds = ['xfinity', 'att', 't-mobile', 'verizon', 'spectrum', 'cox', 'pge', 'coned', 'netflix', 'directv'];
      const stamp = '2026-03-10T12:00:00.000Z';
      const db: IDBDatabase = await new Promise((res, rej) => {
        const open = indexedDB.open('estate');
        open.onsuccess = () => res(open.result);
        open.onerror = () => rej(open.error);
      });
      const stores = [
        'cases',
        'settings',
        'accounts',
        'checklists',
        'contacts',
        'devices',
        'promises',
        'documentsSent',
        'evidence',
        'blobs',
      ];
      const tx = db.transaction(stores, 'readwrite');
      const put = (store: string, row: object) => tx.objectStore(store).put(row);
      put('cases', { id: caseId, deceasedName: name, dateOfDeath: '2026-03-02', userRole: 'executor', createdAt: stamp, updatedAt: stamp });
      put('settings', { key: 'activeCaseId', value: caseId });
      const accountIndex = (i: number) => (counts.concentrate ? 0 : i % counts.accounts);
      const accountOf = (i: number) => `${caseId}-acc-${accountIndex(i)}`;
      for (let a = 0; a < counts.accounts; a++)
        put('accounts', {
          id: `${caseId}-acc-${a}`,
          caseId,
          providerId: providerIds[a % providerIds.length],
          intent: 'close',
          accountNumber: `8499 1234 ${String(a).padStart(4, '0')}`,
          createdAt: stamp,
          updatedAt: new Date(Date.parse(stamp) + a).toISOString(),
        });
      const links = { contactIds: [], documentSentIds: [], evidenceIds: [] };
      const steps: object[][] = Array.from({ length: counts.accounts }, () => []);
      for (let t = 0; t < counts.tasks; t++)
        steps[accountIndex(t)]!.push({
          id: `${caseId}-task-${t}`,
          caseId,
          accountId: accountOf(t),
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
      steps.forEach((own, a) => {
        put('checklists', { id: `${caseId}-acc-${a}`, caseId, steps: own });
      });
      for (let c = 0; c < counts.contacts; c++)
        put('contacts', {
          id: `${caseId}-con-${c}`,
          caseId,
          accountId: accountOf(c),
          at: new Date(Date.parse(stamp) - c * 60_000).toISOString(),
          channel: 'call',
          department: 'Billing',
          representative: `Rep ${c}`,
          referenceNumber: `REF-${c}`,
          holdMinutes: c % 60,
          summary: 'Called about the final bill and the modem return.',
          createdAt: stamp,
          updatedAt: stamp,
        });
      for (let p = 0; p < counts.promises; p++)
        put('promises', {
          id: `${caseId}-pro-${p}`,
          caseId,
          accountId: accountOf(p),
          contactId: `${caseId}-con-${p}`,
          what: 'Refund in 5 days',
          dueDate: '2026-03-05',
          createdAt: stamp,
          updatedAt: stamp,
        });
      for (let d = 0; d < counts.devices; d++)
        put('devices', {
          id: `${caseId}-dev-${d}`,
          caseId,
          accountId: accountOf(d),
          kind: 'tv_box',
          label: `Box ${d}`,
          state: d % 2 ? 'returned' : 'pending',
          returnedOn: d % 2 ? '2026-03-09' : undefined,
          createdAt: stamp,
          updatedAt: stamp,
        });
      for (let d = 0; d < counts.documentsSent; d++)
        put('documentsSent', {
          id: `${caseId}-doc-${d}`,
          caseId,
          accountId: accountOf(d),
          document: 'death_certificate',
          recipient: 'Bereavement team',
          channel: 'mail',
          sentOn: '2026-03-05',
          createdAt: stamp,
          updatedAt: stamp,
        });
      const sha = 'a'.repeat(64);
      for (let e = 0; e < counts.evidence; e++) {
        const blobId = `${caseId}-blob-${e}`;
        put('blobs', { id: blobId, data: new Blob([`page ${e}`], { type: 'text/plain' }) });
        put('evidence', {
          id: `${caseId}-ev-${e}`,
          caseId,
          accountId: accountOf(e),
          kind: 'page_capture',
          title: `Confirmation page ${e}`,
          url: 'https://www.xfinity.com/support/request-received',
          capturedAt: new Date(Date.parse(stamp) - e * 60_000).toISOString(),
          referenceNumbers: [`CNF-${e}`],
          sensitive: false,
          files: [{ blobId, role: 'text', mime: 'text/plain', name: 'page.txt', size: `page ${e}`.length, sha256: sha }],
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
    { caseId, name, counts },
  );
  // Written past the extension's code: the attention rows (what the badge and Reminders read) as its writes keep them.
  await rebuildAttention(page);
  await tellDataChanged(page);
}

/**
 * Runs `act` (JS statements) in the page and returns the ms until `done` (a JS
 * expression) is first true, checked on every DOM change and frame. Both are spliced
 * into one expression that the DevTools protocol evaluates: the extension's CSP forbids
 * the page to compile strings itself (no eval, no new Function).
 */
export async function timeUntil(page: Page, act: string, done: string, timeoutMs = 60_000): Promise<number> {
  return page.evaluate(`new Promise((resolve, reject) => {
    const start = performance.now();
    let finished = false;
    const check = () => {
      if (finished || !(${done})) return finished;
      finished = true;
      clearTimeout(timeout);
      observer.disconnect();
      resolve(performance.now() - start);
      return true;
    };
    const timeout = setTimeout(() => { finished = true; observer.disconnect(); reject(new Error('not done after ${timeoutMs} ms: ' + ${JSON.stringify(done)})); }, ${timeoutMs});
    const observer = new MutationObserver(check);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    ${act};
    const frame = () => { if (!check()) requestAnimationFrame(frame); };
    requestAnimationFrame(frame);
  })`);
}

/** Waits until `done` (a JS expression) is true in the page. */
async function waitFor(page: Page, done: string): Promise<void> {
  await timeUntil(page, '', done);
}

const click = (selector: string, text?: string) =>
  `[...document.querySelectorAll(${JSON.stringify(selector)})].find((e) => ${text ? `e.textContent.trim() === ${JSON.stringify(text)}` : 'true'}).click()`;
const nav = (name: string) => click('nav[aria-label="Sections"] button', name);
const dashboardShows = (n: number) => `document.querySelectorAll('[aria-label="Accounts"] > li').length === ${n}`;
/**
 * The live views are in place (takeover.tsx marks it). The dashboard first shows from the
 * background's answer; a view switch is timed from the live panel, and the time the live
 * views take to be in place is a series of its own.
 */
const LIVE = `performance.getEntriesByName('panel:live-drawn').length > 0`;
/** The dashboard's row with the most open steps. */
const openBusiest = `[...document.querySelectorAll('[aria-label="Accounts"] button.account-row')]
  .map((b) => [b, Number(/(\\d+) open step/.exec(b.textContent)?.[1] ?? 0)]).sort((x, y) => y[1] - x[1])[0][0].click()`;

interface Series {
  label: string;
  runs: number[];
}

async function measureViews(context: BrowserContext, base: string, limits: Counts): Promise<Series[]> {
  const busiest = {
    tasks: limits.concentrate ? limits.tasks : limits.tasks / limits.accounts,
    contacts: limits.concentrate ? limits.contacts : limits.contacts / limits.accounts,
  };
  const shownCalls = Math.min(busiest.contacts, pageSizes.calls);
  const shownProof = Math.min(limits.evidence, pageSizes.proof);
  const steps: Array<[string, string, string]> = [
    [
      `open the busiest account (${busiest.tasks} steps, ${busiest.contacts} calls; the latest ${shownCalls} shown)`,
      openBusiest,
      `document.querySelectorAll('[data-testid="contact"]').length === ${shownCalls}`,
    ],
    ['back to all accounts', click('button', '← All accounts'), dashboardShows(limits.accounts)],
    [
      `Proof (${limits.evidence.toLocaleString('en-US')} items; the newest ${shownProof} listed)`,
      nav('Proof'),
      `document.querySelectorAll('.evidence-list > article').length === ${shownProof}`,
    ],
    [
      "open one item's editor (its link choices)",
      `document.querySelector('.evidence-list > article details').open = true`,
      `document.querySelectorAll('.evidence-list select').length > 0`,
    ],
    ['Reminders', nav('Reminders'), `!!document.getElementById('attention-heading')`],
    ['Copies', nav('Copies'), `!!document.getElementById('export-heading') && !!document.getElementById('import-heading')`],
    ['back to the Checklist (dashboard)', nav('Checklist'), dashboardShows(limits.accounts)],
  ];
  const series: Series[] = [
    { label: 'open the panel -> dashboard with every account', runs: [] },
    { label: 'open the panel -> the live views in place (answering clicks)', runs: [] },
    ...steps.map(([label]) => ({ label, runs: [] })),
  ];
  for (let i = 0; i < RUNS + 1; i++) {
    const times = [await timeOpen(context, base, dashboardShows(limits.accounts))];
    const page = await context.newPage();
    await page.goto(base);
    await waitFor(page, `${dashboardShows(limits.accounts)} && ${LIVE}`);
    times.push((await page.evaluate(`performance.getEntriesByName('panel:live-drawn')[0].startTime`)) as number);
    for (const [, act, done] of steps) times.push(await timeUntil(page, act, done));
    await page.close();
    // The first round warms the caches: not counted.
    if (i > 0)
      times.forEach((t, k) => {
        series[k]!.runs.push(t);
      });
  }
  return series;
}

const list = (values: number[]) => values.map((v) => v.toFixed(0)).join(', ');

/** Seeds the small case and the one at the limits, measures every screen, and the switch to the small case. */
async function atTheLimits(limits: Counts, rows: Array<[string, string]>): Promise<boolean> {
  const profile = mkdtempSync(path.join(tmpdir(), 'estate-bench-'));
  const { context, extensionId } = await launchWithExtension(profile);
  let met = true;
  /** A row with its figures and its verdict against `target`. */
  const judged = (label: string, runs: number[], target: number) => {
    const ok = median(runs) < target;
    met &&= ok;
    rows.push([
      `  ${label}`,
      `median ${median(runs).toFixed(0)} ms (runs: ${list(runs)}), target < ${target} ms: ${ok ? 'MET' : 'NOT MET'}`,
    ]);
  };
  try {
    const base = `chrome-extension://${extensionId}/sidepanel.html`;
    const first = await context.newPage();
    await first.goto(base);
    const small: Counts = { accounts: 12, tasks: 120, contacts: 40, devices: 6, documentsSent: 4, promises: 5, evidence: 10 };
    await seedCase(first, 'mine', 'My Father', small);
    await seedCase(first, 'big', 'At The Limits', limits);
    await first.close();
    await new Promise((resolve) => setTimeout(resolve, 3000));
    rows.push([limits.concentrate ? 'every record on one account:' : 'records spread over the accounts:', '']);
    // The first series is the dashboard's first render; every other one a view switch.
    (await measureViews(context, base, limits)).forEach((s, i) => {
      judged(s.label, s.runs, i <= 1 ? DASHBOARD_MS : SWITCH_MS);
    });
    const runs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await context.newPage();
      await page.goto(base);
      await waitFor(page, `${dashboardShows(limits.accounts)} && ${LIVE}`);
      runs.push(
        await timeUntil(
          page,
          `const s = document.querySelector('select[aria-label="Working on"]'); s.value = 'mine'; s.dispatchEvent(new Event('change', { bubbles: true }));`,
          `document.body.textContent.includes('Estate of My Father') && ${dashboardShows(small.accounts)}`,
        ),
      );
      // Back to the big case for the next run.
      await timeUntil(
        page,
        `const s = document.querySelector('select[aria-label="Working on"]'); s.value = 'big'; s.dispatchEvent(new Event('change', { bubbles: true }));`,
        dashboardShows(limits.accounts),
      );
      await page.close();
    }
    judged('case switcher -> the small case (dashboard)', runs, SWITCH_MS);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return met;
}

export async function run(): Promise<boolean> {
  const limits: Counts = {
    accounts: caseLimits.accounts,
    tasks: caseLimits.tasks,
    contacts: caseLimits.contacts,
    devices: caseLimits.devices,
    documentsSent: caseLimits.documentsSent,
    promises: caseLimits.promises,
    evidence: caseLimits.evidence,
  };
  const rows: Array<[string, string]> = [
    [
      'case at the limits',
      Object.entries(limits)
        .map(([k, v]) => `${v.toLocaleString('en-US')} ${k}`)
        .join(', '),
    ],
  ];
  const spread = await atTheLimits(limits, rows);
  const concentrated = await atTheLimits({ ...limits, concentrate: true }, rows);
  {
    // For contrast: the size from the issue, which an import now refuses.
    const profile = mkdtempSync(path.join(tmpdir(), 'estate-bench-'));
    const { context, extensionId } = await launchWithExtension(profile);
    try {
      const base = `chrome-extension://${extensionId}/sidepanel.html`;
      const first = await context.newPage();
      await first.goto(base);
      const issue: Counts = { accounts: 10_000, tasks: 100_000, contacts: 0, devices: 0, documentsSent: 0, promises: 0, evidence: 0 };
      await seedCase(first, 'huge', 'Ten Thousand', issue);
      await first.close();
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const runs: number[] = [];
      for (let i = 0; i < 3; i++) runs.push(await timeOpen(context, base, dashboardShows(issue.accounts)));
      rows.push(['for contrast, 10,000 accounts (refused now): dashboard', `median ${median(runs).toFixed(0)} ms (runs: ${list(runs)})`]);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }
  report(rows);
  return verdict(
    `a case at the limits: dashboard under ${DASHBOARD_MS} ms and every view switch under ${SWITCH_MS} ms (records spread, and on one account)`,
    spread && concentrated,
  );
}
