import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type DetectedReference, PageGuidance } from '../../../components/PageGuidance';
import { TrackSite, type TrackSiteValues } from '../../../components/TrackSite';
import { accountsOfCase } from '../../../lib/db/caseReads';
import { isSaved, saveReferenceToAccount } from '../../../lib/db/references';
import { stepsOfAccount } from '../../../lib/db/steps';
import { saveUserProvider } from '../../../lib/db/trackedSites';
import { accountOfPage, accountsOfProvider } from '../../../lib/derived/pageAccount';
import { t } from '../../../lib/i18n';
import { type ProviderMatch, pageOf } from '../../../lib/providers/matcher';
import type { ProviderSummary } from '../../../lib/providers/summary';
import { originPatternOf } from '../../../lib/providers/user';
import { downloadFile } from '../download';
import { notifyChanged, type TabInfo, useLive, useToday } from '../hooks';
import { usePageSignals, useProviders, useSummaries } from '../recognition';
import { send } from '../send';

/** The part of "Here" about a provider's page itself: guidance and detected numbers, once the registry's facts have loaded. */
export function HerePage(props: { tab: TabInfo; match: ProviderMatch<ProviderSummary>; caseId?: string }) {
  const provider = useProviders()?.provider(props.match.provider.id);
  return provider ? <Guidance {...props} match={{ ...props.match, provider }} /> : null;
}

function Guidance(props: { tab: TabInfo; match: ProviderMatch; caseId?: string }) {
  const { provider, pageKind } = props.match;
  const signals = usePageSignals(props.tab);
  const today = useToday();
  const [saveError, setSaveError] = useState<string>();
  const { value: here } = useLive(async () => {
    if (!props.caseId) return { account: undefined, tasks: [], several: 0 };
    const accounts = await accountsOfCase(props.caseId);
    // The same rule as the capture: this provider's only account; with several, the user chooses.
    const account = accountOfPage(accounts, provider.id);
    const tasks = account ? await stepsOfAccount(account.id) : [];
    const found = accountsOfProvider(accounts, provider.id).length;
    return { account, tasks, several: found > 1 ? found : 0 };
  }, [props.caseId, provider.id]);

  const references: DetectedReference[] = (signals?.references ?? []).map((r) => ({
    ...r,
    saved: !!here?.account && isSaved(r.value, here.account, here.tasks),
  }));
  const account = here?.account;
  return (
    <PageGuidance
      provider={provider}
      pageKind={pageKind}
      references={references}
      saveBlockedReason={
        account
          ? undefined
          : here?.several
            ? t('here.severalAccounts', { count: here.several, name: provider.name })
            : t('here.addFirstToSave', { name: provider.name })
      }
      saveError={saveError}
      today={today}
      pageUrl={props.tab.url}
      collapsed={!!props.caseId}
      onCopyReport={(text) => navigator.clipboard.writeText(text)}
      onSaveReport={(text, fileName) => downloadFile(new Blob([text], { type: 'text/plain;charset=utf-8' }), fileName)}
      onSave={async (ref) => {
        if (!account) return;
        try {
          await saveReferenceToAccount(account.id, ref, signals?.url);
          setSaveError(undefined);
          notifyChanged();
        } catch (e) {
          setSaveError((e as Error).message);
        }
      }}
    />
  );
}

/** The offer to track a site the registry lacks (shown last on the panel's home, a side feature). */
export function TrackThisSite(props: { tab: TabInfo }) {
  const matcher = useSummaries();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string>();
  const known = props.tab.url ? pageOf(props.tab.url)?.hostname : undefined;
  // The form's check needs the Public Suffix List: loaded with the form, after the panel is shown.
  const [track, setTrack] = useState<typeof import('../../../lib/providers/track')>();
  useEffect(() => {
    import('../../../lib/providers/track').then(setTrack, console.error);
  }, []);

  // Runs inside the click: the permission request must come straight from the user's gesture.
  const onSubmit = (values: TrackSiteValues) => {
    if (!track) return;
    const result = track.newUserProvider(values, matcher);
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    browser.permissions
      .request({ origins: [originPatternOf(result.row.domain)] })
      .then(async (granted) => {
        if (!granted) return setMessage(t('here.trackRefused', { site: result.row.domain }));
        await saveUserProvider(result.row);
        setMessage(undefined);
        await send({ type: 'providers-changed' });
      })
      .catch((e: Error) => setMessage(t('here.trackFailed', { reason: e.message })));
  };
  return <TrackSite key={known} initialAddress={known} errors={errors} message={message} onSubmit={onSubmit} />;
}
