/**
 * The side panel's first screen, read by the background (which has the database open)
 * with the same functions the panel's own views use: caseOverview, the home's rows
 * (lib/derived/home.ts), reminderSnapshot, the providers' summaries plus the user's
 * tracked sites; on a provider's page, each of its accounts as the account's screen
 * reads it (accountScreenRecords) and derives it (lib/derived/accountScreen.ts, with the
 * registry's entry). The panel paints from it before its own database code has loaded
 * (lib/messaging/firstScreen.ts, entrypoints/sidepanel/main.tsx).
 */
import { localTimeZone } from '../dates';
import { accountShown } from '../derived/accountScreen';
import { accountsOfProvider, homeRows, providerChoices } from '../derived/home';
import { language } from '../i18n';
import { providerName } from '../labels';
import { type FirstScreen, type FirstScreenHeader, HOME_ATTENTION } from '../messaging/firstScreen';
import { pageSizes } from '../model/pageSizes';
import { effectivePageKind, type SignalKind } from '../page/signals';
import { isLocked } from '../vault/state';
import { caseAccounts, caseOverview } from './caseReads';
import { db } from './database';
import { currentMatcher } from './matcher';
import { accountScreenRecords } from './panelReads';
import { firstAttention } from './reminderSnapshot';
import { currentSummaryMatcher } from './trackedSites';

/** The tab the panel is about: its address, and the page kinds its own words suggested (stored signals). */
export interface FirstScreenTab {
  url?: string;
  signalKinds?: readonly SignalKind[];
}

/** Reads the first screen for `today` (the panel's local date) and the panel's tab, in the language now spoken. */
export async function readFirstScreen(today: string, tab: FirstScreenTab, now = new Date()): Promise<FirstScreen> {
  // The open waits for the vault's key and mode: locked is known after it.
  await db().open();
  if (isLocked()) return { kind: 'locked', language: language() };
  const providers = await currentSummaryMatcher();
  const match = tab.url ? providers.match(tab.url) : null;
  const header: FirstScreenHeader | undefined = match
    ? { providerId: match.provider.id, providerName: match.provider.name, pageKind: effectivePageKind(match.pageKind, tab.signalKinds) }
    : undefined;
  const start = { kind: 'start', language: language(), ...(header && { header }) } as const;
  if (header) {
    // A provider's page shows that provider's accounts, whose own screens read their records: not the whole case.
    const { current, cases, accounts } = await caseAccounts();
    if (!current) return start;
    // Each as its live screen reads and derives it (AccountView), with the provider's entry of the registry.
    const here = accountsOfProvider(accounts, header.providerId);
    const [registry, read] = await Promise.all([
      currentMatcher(),
      Promise.all(here.map((a) => accountScreenRecords(a.id, pageSizes.calls))),
    ]);
    const provider = registry.provider(header.providerId);
    const timeZone = localTimeZone();
    const shown = read.flatMap(({ account, ...records }) =>
      account ? [accountShown({ ...records, account }, provider, current, today, timeZone)] : [],
    );
    return { ...start, kind: 'case', current, cases, body: { kind: 'provider', accounts: shown } };
  }
  // The case and what needs attention in it, read side by side.
  const [{ current, cases, records }, attention] = await Promise.all([caseOverview(today), firstAttention(HOME_ATTENTION, now)]);
  if (!current || !records) return start;
  const rows = homeRows(records, providers, today);
  // What needs attention: only when there are accounts (the home lists it above them).
  const listed = rows.length > 0;
  const nameOf = (accountId: string) => providerName(providers, records.accounts.find((a) => a.id === accountId)?.providerId ?? '');
  return {
    ...start,
    kind: 'case',
    current,
    cases,
    body: {
      kind: 'home',
      rows,
      choices: providerChoices(providers),
      attention: listed ? attention.shown.map((item) => ({ item, providerName: nameOf(item.accountId) })) : [],
      attentionTotal: listed ? attention.items.length : 0,
    },
  };
}
