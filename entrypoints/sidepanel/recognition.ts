/** Side panel hooks for recognition: the matcher with the user's sites, and the page's signals. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { currentSummaryMatcher } from '../../lib/db/trackedSites';
import { effectivePageKind } from '../../lib/page/signals';
import { StoredSignals, signalsKey } from '../../lib/page/stored';
import type { ProviderMatch, ProviderMatcher } from '../../lib/providers/matcher';
import { summaryMatcher } from '../../lib/providers/summaries';
import type { ProviderSummary } from '../../lib/providers/summary';
import { type TabInfo, useLive } from './hooks';

/**
 * The providers' summaries plus the sites the user tracks, following changes to them:
 * enough to recognize the page and name every provider, at once (the panel's first screen).
 */
export function useSummaries(): ProviderMatcher<ProviderSummary> {
  return useLive(currentSummaryMatcher, []).value ?? summaryMatcher;
}

let registryModule: Promise<typeof import('../../lib/db/matcher')> | undefined;

/** Starts loading the registry's code (once), e.g. beside the code of a view that will show its facts. */
function preloadProviders(): Promise<typeof import('../../lib/db/matcher')> {
  registryModule ??= import('../../lib/db/matcher');
  return registryModule;
}

/** The last one read, shown until it is read again (a view opened later shows the facts at once). */
let lastProviders: ProviderMatcher | undefined;

/** The whole registry (facts, sources) plus the user's sites; its code is loaded once, on first use. */
export function loadProviders(): Promise<ProviderMatcher> {
  return preloadProviders()
    .then((m) => m.currentMatcher())
    .then((matcher) => {
      lastProviders = matcher;
      return matcher;
    });
}

/** Loads a view's code with the registry beside it (not after it): for a view that shows the registry's facts. */
export function withRegistry<T>(view: Promise<T>): Promise<T> {
  loadProviders().catch(console.error);
  return view;
}

/**
 * The whole registry plus the user's sites, following changes to them; undefined
 * until its code has loaded (just after the panel's first screen), so what shows a
 * provider's facts appears then.
 */
export function useProviders(): ProviderMatcher | undefined {
  return useLive(loadProviders, [], lastProviders).value;
}

/** The latest signals the page in this tab sent (kept by the background), if they are about its current address. */
export function usePageSignals(tab: TabInfo): StoredSignals | undefined {
  const [signals, setSignals] = useState<StoredSignals | undefined>();
  useEffect(() => {
    if (tab.tabId === undefined) return setSignals(undefined);
    const key = signalsKey(tab.tabId);
    const take = (raw: unknown) => {
      const parsed = StoredSignals.safeParse(raw);
      setSignals(parsed.success ? parsed.data : undefined);
    };
    browser.storage.session.get(key).then((got) => take(got[key]), console.error);
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && key in changes) take(changes[key]!.newValue);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [tab.tabId]);
  return signals && (!tab.url || signals.url === tab.url) ? signals : undefined;
}

/** The provider of the tab's page, with the page kind its own words give (a confirmation, a bereavement form). */
export function useHereMatch(tab: TabInfo): ProviderMatch<ProviderSummary> | null {
  const matcher = useSummaries();
  const signals = usePageSignals(tab);
  const match = tab.url ? matcher.match(tab.url) : null;
  return match && { ...match, pageKind: effectivePageKind(match.pageKind, signals?.kinds) };
}
