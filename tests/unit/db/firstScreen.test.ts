import { describe, expect, it } from 'vitest';
import { localTimeZone } from '../../../lib/dates';
import { caseOverview } from '../../../lib/db/caseReads';
import { addAccount, createCase } from '../../../lib/db/caseWrites';
import { db } from '../../../lib/db/database';
import { readFirstScreen } from '../../../lib/db/firstScreen';
import { accountScreenRecords } from '../../../lib/db/panelReads';
import { reminderSnapshot } from '../../../lib/db/reminderSnapshot';
import { currentSummaryMatcher } from '../../../lib/db/trackedSites';
import { accountShown } from '../../../lib/derived/accountScreen';
import { homeRows } from '../../../lib/derived/home';
import { useLanguage } from '../../../lib/i18n';
import { HOME_ATTENTION, isFirstScreen } from '../../../lib/messaging/firstScreen';
import { pageSizes } from '../../../lib/model/pageSizes';
import { providerById } from '../../../lib/providers';
import { setVaultKey } from '../../../lib/vault/state';
import { useFreshDatabase } from '../freshDb';
import { resetVaultAfterEach, vaultIn } from '../vaultTest';

useFreshDatabase('first-screen');
resetVaultAfterEach();

const today = '2026-03-20';
const now = new Date(2026, 2, 20, 12);
const stamp = '2026-03-01T10:00:00.000Z';

/** Seven devices out past their return window: seven things that need attention, more than the home lists. */
async function caseWithAccounts() {
  const c = await createCase({ deceasedName: 'Robert Miller', dateOfDeath: '2026-02-20', userRole: 'child' });
  const xfinity = await addAccount(c.id, providerById('xfinity')!, 'close');
  const att = await addAccount(c.id, providerById('att')!, 'close');
  await db().accounts.update(xfinity.id, { disconnectDate: '2026-02-01' });
  for (let i = 0; i < 7; i++)
    await db().devices.add({
      id: `d${i}`,
      caseId: c.id,
      accountId: xfinity.id,
      kind: 'tv_box',
      label: `Box ${i}`,
      state: 'pending',
      returnBy: '2026-03-01',
      createdAt: stamp,
      updatedAt: stamp,
    });
  return { c, xfinity, att };
}

describe('the first screen the background reads for the panel', () => {
  it('before any case: the start, in the language spoken', async () => {
    const screen = await readFirstScreen(today, {});
    expect(screen).toEqual({ kind: 'start', language: 'en' });
    expect(isFirstScreen(screen)).toBe(true);
  });

  it('the home: the very rows and attention items the live view computes, at most a few of them listed', async () => {
    const { c, xfinity } = await caseWithAccounts();
    const screen = await readFirstScreen(today, { url: 'https://example.org/' }, now);
    expect(isFirstScreen(screen)).toBe(true);
    if (screen.kind !== 'case' || screen.body.kind !== 'home') throw new Error('expected the home');
    expect(screen.header).toBeUndefined();
    expect(screen.current.id).toBe(c.id);
    const overview = await caseOverview(today);
    expect(screen.cases).toEqual(overview.cases);
    // The same function the live view calls, on the same read.
    expect(screen.body.rows).toEqual(homeRows(overview.records!, await currentSummaryMatcher(), today));
    expect(screen.body.rows.map((r) => r.providerName)).toEqual(['Xfinity', 'AT&T']);
    const items = (await reminderSnapshot(now)).items;
    expect(items.length).toBeGreaterThan(HOME_ATTENTION);
    expect(screen.body.attentionTotal).toBe(items.length);
    expect(screen.body.attention.map((a) => a.item)).toEqual(items.slice(0, HOME_ATTENTION));
    expect(screen.body.attention.every((a) => a.item.accountId === xfinity.id && a.providerName === 'Xfinity')).toBe(true);
    expect(screen.body.choices.find((ch) => ch.category === 'wireless')?.providers).toContainEqual({ id: 't-mobile', name: 'T-Mobile' });
    // It crosses to the panel as a message: plain data, whole.
    expect(JSON.parse(JSON.stringify(screen))).toEqual(screen);
  });

  it("on a provider's page: its header (the page kind its own words give) and its accounts, oldest first", async () => {
    const { c, xfinity } = await caseWithAccounts();
    const second = await addAccount(c.id, providerById('xfinity')!, 'close');
    const screen = await readFirstScreen(today, {
      url: 'https://www.xfinity.com/support/articles/deceased-account-holder',
      signalKinds: ['confirmation'],
    });
    expect(isFirstScreen(screen)).toBe(true);
    if (screen.kind !== 'case') throw new Error('expected a case');
    expect(screen.header).toEqual({ providerId: 'xfinity', providerName: 'Xfinity', pageKind: 'confirmation' });
    if (screen.body.kind !== 'provider') throw new Error("expected a provider's page");
    expect(screen.body.accounts.map((a) => a.account.id)).toEqual([xfinity.id, second.id]);
    // Each as the live account screen reads and derives it (AccountView): its newest calls, its checklist, its devices.
    for (const shown of screen.body.accounts) {
      const { account, ...records } = await accountScreenRecords(shown.account.id, pageSizes.calls);
      expect(shown).toEqual(accountShown({ ...records, account: account! }, providerById('xfinity'), c, today, localTimeZone()));
    }
    const [first] = screen.body.accounts;
    expect(first!.devices).toHaveLength(7);
    expect(first!.checklist.tasks.length).toBeGreaterThan(3);
    expect(first!.checklist.next?.title).toBeTruthy();
    // It crosses to the panel as a message: plain data, whole.
    expect(JSON.parse(JSON.stringify(screen))).toEqual(screen);
  });

  it('with the lock on and no key here: locked, and nothing of the case', async () => {
    await caseWithAccounts();
    await vaultIn('on');
    setVaultKey(undefined); // this context has no key: locked
    const screen = await readFirstScreen(today, {});
    expect(screen).toEqual({ kind: 'locked', language: 'en' });
  });

  it('in Spanish when the background speaks Spanish', async () => {
    await useLanguage('es');
    try {
      expect(await readFirstScreen(today, {})).toEqual({ kind: 'start', language: 'es' });
    } finally {
      await useLanguage('en');
    }
  });
});

describe('isFirstScreen (the panel checks the answer without zod)', () => {
  it('refuses what is not a first screen', () => {
    for (const bad of [
      undefined,
      null,
      'locked',
      { kind: 'locked' },
      { kind: 'locked', language: 'fr' },
      { kind: 'case', language: 'en', cases: [], body: { kind: 'home' } },
      { kind: 'case', language: 'en', current: { id: 'c' }, cases: [], body: { kind: 'provider', accounts: [] } },
      { kind: 'case', language: 'en', current: { id: 'c', deceasedName: 'R' }, cases: [], body: { kind: 'provider', accountIds: ['a'] } },
      {
        kind: 'case',
        language: 'en',
        current: { id: 'c', deceasedName: 'R' },
        cases: [],
        body: { kind: 'provider', accounts: [{ account: { id: 'a' }, checklist: { tasks: [], status: 'not_started' } }] },
      },
      {
        kind: 'case',
        language: 'en',
        current: { id: 'c', deceasedName: 'R' },
        cases: [],
        body: { kind: 'home', rows: [{ accountId: 'a' }], choices: [], attention: [], attentionTotal: 0 },
      },
      { kind: 'start', language: 'en', header: { providerId: 'x' } },
    ])
      expect(isFirstScreen(bad)).toBe(false);
  });
});
