import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { CaseBar } from '../../../components/CaseBar';
import type { CaseFormValues } from '../../../components/CaseForm';
import { Dashboard } from '../../../components/Dashboard';
import { FirstRun } from '../../../components/FirstRun';
import { AllAccounts, HomeAttention, ProviderAccounts, ProviderHeader } from '../../../components/Home';
import { Loading } from '../../../components/Loading';
import { addAccount, createCase, setActiveCase, updateCase, withoutEmptyFields } from '../../../lib/db/caseWrites';
import { firstAttention } from '../../../lib/db/reminderSnapshot';
import { accountsOfProvider, homeRows, providerChoices } from '../../../lib/derived/home';
import { accountOfPage } from '../../../lib/derived/pageAccount';
import { t } from '../../../lib/i18n';
import { providerName } from '../../../lib/labels';
import { HOME_ATTENTION } from '../../../lib/messaging/firstScreen';
import { type Account, EstateCase } from '../../../lib/model';
import { fieldErrors } from '../../../lib/model/errors';
import type { ProviderSummary } from '../../../lib/providers/summary';
import { type AttentionItem, recordIdOf } from '../../../lib/reminders/attention';
import { describeItem } from '../../../lib/reminders/describe';
import { keptCaseAccounts, keptCaseOverview } from '../firstRead';
import { viewShown } from '../frame';
import { notifyChanged, useCurrentTab, useLive, useToday } from '../hooks';
import { Later, preloadable } from '../later';
import { useOpenView } from '../navigation';
import { useNotices } from '../notices';
import { loadProviders, useHereMatch, useSummaries, withRegistry } from '../recognition';

// What shows the registry's facts (an account, the page's guidance), the proof button and the
// offer to track a site load just after the first screen; the registry (recognition.ts) loads beside them.
const loadAccountView = preloadable(() => withRegistry(import('./AccountOfProvider').then((m) => m.AccountOfProvider)));
const loadHerePage = preloadable(() => withRegistry(import('./HerePage').then((m) => m.HerePage)));

/** Starts loading what shows the registry's facts, and the registry, once the first screen is drawn (main.tsx). */
export function preloadProviderViews(): void {
  loadAccountView().catch(console.error);
  loadHerePage().catch(console.error);
}
const loadTrackThisSite = () => import('./HerePage').then((m) => m.TrackThisSite);
const loadSaveProof = () => import('./SaveProof').then((m) => m.SaveProof);

/** Checks the case form with the model's schema; the errors are shown inline. */
function checkCase(values: CaseFormValues): Record<string, string> | null {
  const stamp = new Date().toISOString();
  const parsed = EstateCase.safeParse({
    ...withoutEmptyFields({ ...values }),
    id: 'check',
    createdAt: stamp,
    updatedAt: stamp,
  });
  return parsed.success ? null : fieldErrors(parsed.error);
}

/** The panel's main view: this provider's accounts on a provider page, the whole case elsewhere. */
export function HereView(props: { accountId?: string; focus?: string } = {}) {
  const tab = useCurrentTab();
  const match = useHereMatch(tab);
  const today = useToday();
  // The case and its accounts; the records under them are read by what shows them (the home, each account).
  const { value: estate, error } = useLive(keptCaseAccounts, []);
  const [formErrors, setFormErrors] = useState<Record<string, string>>({});
  const [started, setStarted] = useState(false);

  // The first screen hands over once this has what it showed: the case (or its error).
  useEffect(() => {
    if (error || (estate && !estate.current)) viewShown();
  }, [error, estate]);
  if (error || !estate) return <Loading error={error} />;

  const onCreate = async (values: CaseFormValues): Promise<boolean> => {
    const errors = checkCase(values);
    setFormErrors(errors ?? {});
    if (errors) return false;
    await createCase(values);
    setStarted(true);
    notifyChanged();
    return true;
  };

  // On a provider's page the person's own things come first: the start form, or their
  // account; the provider's guidance follows (folded once they have an estate).
  return (
    <>
      {match && <ProviderHeader name={match.provider.name} pageKind={match.pageKind} />}
      {!estate.current ? (
        <FirstRun errors={formErrors} onSubmit={onCreate} />
      ) : (
        <>
          <CaseBar
            current={estate.current}
            cases={estate.cases}
            errors={formErrors}
            focusOnShow={started}
            onSwitch={async (id) => {
              await setActiveCase(id);
              notifyChanged();
            }}
            onCreate={onCreate}
            onEdit={async (values) => {
              const errors = checkCase(values);
              setFormErrors(errors ?? {});
              if (errors) return false;
              const providers = await loadProviders();
              await updateCase(estate.current!.id, values, (id) => providers.provider(id));
              notifyChanged();
              return true;
            }}
          />
          <CaseAccounts
            estateCase={estate.current}
            accounts={estate.accounts}
            tabKnown={!!tab.known}
            provider={match?.provider}
            today={today}
            accountId={props.accountId}
            focus={props.focus}
          />
          {/* A side feature: last, and only where no provider of the registry is recognized. */}
          {!match && <Later quiet load={loadTrackThisSite} props={{ tab }} />}
        </>
      )}
      {tab.url && /^https?:/.test(tab.url) && (
        <Later
          quiet
          load={loadSaveProof}
          props={{
            tabId: tab.tabId,
            numbersOfferedElsewhere: !!match && !!accountOfPage(estate.accounts, match.provider.id),
          }}
        />
      )}
      {match && <Later quiet load={loadHerePage} props={{ tab, match, caseId: estate.current?.id }} />}
    </>
  );
}

function CaseAccounts(props: {
  estateCase: EstateCase;
  accounts: Account[];
  /** Whether the tab's address has been asked (until then, a provider's page is not known). */
  tabKnown: boolean;
  provider?: ProviderSummary;
  today: string;
  /** Open on this account (a reminder was chosen), with this record of it in view. */
  accountId?: string;
  focus?: string;
}) {
  const { today } = props;
  const { persist } = useNotices();
  // ?account= opens on that account (a reminder notification's click lands here).
  const [openAccount, setOpenAccount] = useState<string | null>(
    () => props.accountId ?? new URLSearchParams(location.search).get('account'),
  );
  // Asked for one account: shown even on another provider's page.
  const [showAll, setShowAll] = useState(!!props.accountId);
  const caseId = props.estateCase.id;
  const { accounts } = props;
  // Built-in and user-tracked providers: their names and summaries at once, their facts (what an account shows) just after.
  const matcher = useSummaries();

  const nameOf = (providerId: string) => providerName(matcher, providerId);
  const add = (providerId: string) =>
    persist(async () => {
      const provider = (await loadProviders()).provider(providerId);
      if (!provider) return;
      const account = await addAccount(caseId, provider);
      setOpenAccount(account.id);
    });
  const accountView = (accountId: string, providerId: string, onDeleted?: () => void) => (
    <Later
      key={accountId}
      load={loadAccountView}
      props={{
        accountId,
        onShown: () => accountDrawn(accountId),
        focus: accountId === props.accountId ? props.focus : undefined,
        estateCase: props.estateCase,
        providerId,
        providerName: nameOf(providerId),
        onDeleted,
      }}
    />
  );

  const provider = props.provider;
  const onProviderPage = !!provider && !showAll;
  const here = provider ? accountsOfProvider(accounts, provider.id) : [];
  // The accounts drawn with their records: a provider's page is shown once all of them are (its first screen draws
  // them). Counted aside, not in a state: each account drawn would draw every account again.
  const drawnAccounts = useRef(new Set<string>());
  const accountDrawn = (accountId: string) => {
    drawnAccounts.current.add(accountId);
    if (onProviderPage && here.every((a) => drawnAccounts.current.has(a.id))) viewShown();
  };
  const selected = openAccount ? accounts.find((a) => a.id === openAccount) : undefined;
  // Not known to be the home until the tab's address is (a provider's page reads only its accounts).
  const onHome = props.tabKnown && !onProviderPage && !selected;
  // The whole case, only for the home, which counts every account's steps and calls; what needs
  // attention is read beside it (the home lists it above the rows).
  const whole = useLive(() => (onHome ? keptCaseOverview(today) : Promise.resolve(undefined)), [onHome, today]);
  const records = whole.value?.records;
  // Counted from the attention rows; the words read for the few shown only (a case at the limits has 2,500 items).
  const attention = useLive(() => (onHome ? firstAttention(HOME_ATTENTION) : Promise.resolve(undefined)), [onHome]).value;
  // Summarized once per change of the records (not on every render: 5,000 steps take ~10 ms).
  const rows = useMemo(() => (records ? homeRows(records, matcher, today) : []), [records, matcher, today]);
  const choices = useMemo(() => providerChoices(matcher), [matcher]);
  // Drawn (the first screen may give way) once it is known which it shows, and the home once read; a provider's
  // page once each account is drawn with its records (accountDrawn), at once when it has none.
  const drawn =
    props.tabKnown && (onProviderPage ? here.length === 0 : !onHome || !!whole.error || (!!records && (rows.length === 0 || !!attention)));
  useEffect(() => {
    if (drawn) viewShown();
  }, [drawn]);

  if (provider && !showAll) {
    return (
      <ProviderAccounts name={provider.name} count={here.length} onAdd={() => add(provider.id)} onSeeAll={() => setShowAll(true)}>
        {here.map((a) => accountView(a.id, a.providerId))}
      </ProviderAccounts>
    );
  }

  if (selected) {
    return (
      <section>
        <button type="button" class="link" onClick={() => setOpenAccount(null)}>
          {t('here.backToAll')}
        </button>
        {accountView(selected.id, selected.providerId, () => setOpenAccount(null))}
      </section>
    );
  }

  if (!records) return <Loading error={whole.error} />;
  return (
    <AllAccounts backTo={provider && { name: provider.name, onBack: () => setShowAll(false) }}>
      {rows.length > 0 && attention && (
        <Attention
          items={attention.items}
          shown={attention.shown}
          providerName={(accountId) => nameOf(records.accounts.find((a) => a.id === accountId)?.providerId ?? '')}
        />
      )}
      <Dashboard
        rows={rows}
        survivorName={props.estateCase.survivorName}
        deceasedName={props.estateCase.deceasedName}
        choices={choices}
        onOpen={setOpenAccount}
        onAdd={add}
      />
    </AllAccounts>
  );
}

/**
 * What needs attention across the estate, most urgent first: the very items the badge
 * counts and the Reminders view lists (lib/reminders/attention.ts), so its count is the
 * badge's number. Each opens the account with the record it is about in view.
 */
function Attention(props: { items: AttentionItem[]; shown: AttentionItem[]; providerName: (accountId: string) => string }) {
  const openView = useOpenView();
  const { items } = props;
  return (
    <HomeAttention
      rows={props.shown.map((i) => ({ key: i.key, overdue: i.overdue, ...describeItem(i, props.providerName(i.accountId)) }))}
      total={items.length}
      onOpen={(row) => {
        const item = items.find((i) => i.key === row.key);
        if (item) openView('here', { accountId: item.accountId, focus: recordIdOf(item.key) });
      }}
      onSeeAll={() => openView('reminders')}
    />
  );
}
