/**
 * The panel's first screen: drawn from the background's answer (one message, see
 * lib/messaging/firstScreen.ts) with the presentational components the live views use,
 * so it looks exactly as they will. It does nothing itself: what the user types stays
 * and what they press waits, until the live views take over (handover.ts, main.tsx).
 * Nothing here loads the database, zod or the registry.
 */
import { browser } from 'wxt/browser';
import { type AccountActions, AccountScreen } from '../../components/AccountScreen';
import { CaseBar } from '../../components/CaseBar';
import { Dashboard } from '../../components/Dashboard';
import { FirstRun } from '../../components/FirstRun';
import { AllAccounts, HomeAttention, ProviderAccounts, ProviderHeader } from '../../components/Home';
import { LockedScreen } from '../../components/Unlock';
import { language, useLanguage } from '../../lib/i18n';
import { askFirstScreen, type FirstScreen } from '../../lib/messaging/firstScreen';
import type { Contact, Device, DocumentSent } from '../../lib/model';
import { describeItem } from '../../lib/reminders/describe';
import { PanelFrame } from './frame';

/** The tab the panel is about: the one named by ?tabId= (a panel opened as a page), else this window's active tab. */
export async function panelTabId(): Promise<number | undefined> {
  const fixed = Number(new URLSearchParams(location.search).get('tabId')) || undefined;
  return fixed ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
}

/** Asks the background for the first screen, and loads its language's words before it is drawn. */
export async function readFirstScreen(today: string): Promise<FirstScreen> {
  const screen = await askFirstScreen({ tabId: await panelTabId(), today }, (m) => browser.runtime.sendMessage(m));
  if (screen.language !== language()) await useLanguage(screen.language);
  return screen;
}

const nothing = () => undefined;
const notYet = async () => false;

const noRequests = { contact: 0, document: 0, device: 0 };

/** An account's actions on the first screen: none (what is pressed waits for the live views, handover.ts). */
const held: AccountActions = {
  ask: nothing,
  toggle: nothing,
  saveDetails: () => null,
  steps: { onNeedLinkables: nothing, onChange: nothing, onAdd: nothing, onDelete: nothing },
  devices: { blankDevice: () => ({}) as Device, onSave: () => null, onDelete: nothing },
  documents: { blankDocument: () => ({}) as DocumentSent, onSave: () => null, onDelete: nothing },
  calls: {
    onMore: nothing,
    onOpenEscalation: nothing,
    blankContact: () => ({}) as Contact,
    onLog: () => null,
    onEdit: () => null,
    onResolvePromise: nothing,
    onDelete: nothing,
  },
  prepareComplaint: nothing,
  writeLetter: nothing,
  print: nothing,
  remove: nothing,
};

/** The first screen as the live panel draws it for the same data (on a provider's page, its accounts whole). */
export function FirstScreenView(props: { screen: FirstScreen; today: string }) {
  const { screen, today } = props;
  if (screen.kind === 'locked') return <LockedScreen wait="" onUnlock={async () => undefined} />;
  const header = screen.header && <ProviderHeader name={screen.header.providerName} pageKind={screen.header.pageKind} />;
  return (
    <PanelFrame view="here" onOpen={nothing}>
      {header}
      {screen.kind === 'start' ? (
        <FirstRun errors={{}} onSubmit={nothing} />
      ) : (
        <>
          <CaseBar current={screen.current} cases={screen.cases} errors={{}} onSwitch={nothing} onCreate={notYet} onEdit={notYet} />
          {screen.body.kind === 'provider' ? (
            <ProviderAccounts name={screen.header!.providerName} count={screen.body.accounts.length} onAdd={nothing} onSeeAll={nothing}>
              {screen.body.accounts.map((shown) => (
                <AccountScreen
                  key={shown.account.id}
                  shown={shown}
                  providerName={screen.header!.providerName}
                  survivorName={screen.current.survivorName}
                  today={today}
                  open={{ device: shown.folds.device.open, document: shown.folds.document.open, contact: shown.folds.contact.open }}
                  requests={noRequests}
                  actions={held}
                />
              ))}
            </ProviderAccounts>
          ) : (
            <AllAccounts>
              {screen.body.rows.length > 0 && (
                <HomeAttention
                  rows={screen.body.attention.map(({ item, providerName }) => ({
                    key: item.key,
                    overdue: item.overdue,
                    ...describeItem(item, providerName),
                  }))}
                  total={screen.body.attentionTotal}
                  onOpen={nothing}
                  onSeeAll={nothing}
                />
              )}
              <Dashboard
                rows={screen.body.rows}
                survivorName={screen.current.survivorName}
                deceasedName={screen.current.deceasedName}
                choices={screen.body.choices}
                onOpen={nothing}
                onAdd={nothing}
              />
            </AllAccounts>
          )}
        </>
      )}
    </PanelFrame>
  );
}
