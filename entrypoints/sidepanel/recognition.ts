/** Side panel hooks for recognition: the matcher with the user's sites, and the page's signals. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { currentMatcher } from '../../lib/db/matcher';
import { effectivePageKind } from '../../lib/page/signals';
import { StoredSignals, signalsKey } from '../../lib/page/stored';
import { builtInMatcher, type ProviderMatch, type ProviderMatcher } from '../../lib/providers';
import { type TabInfo, useLive } from './hooks';

/** The built-in registry plus the sites the user tracks, following changes to them. */
export function useMatcher(): ProviderMatcher {
  return useLive(currentMatcher, []).value ?? builtInMatcher;
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
export function useHereMatch(tab: TabInfo): ProviderMatch | null {
  const matcher = useMatcher();
  const signals = usePageSignals(tab);
  const match = tab.url ? matcher.match(tab.url) : null;
  return match && { ...match, pageKind: effectivePageKind(match.pageKind, signals?.kinds) };
}
