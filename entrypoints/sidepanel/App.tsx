import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { finishSwitch } from '../../lib/db/vaultSwitch';
import { language, onLanguageChange } from '../../lib/i18n';
import { isLocked, onVaultChange, vaultKey, vaultMode } from '../../lib/vault/state';
import { PanelFrame, type ViewId } from './frame';
import { Later } from './later';
import { NavigationContext } from './navigation';
import { NoticesProvider } from './notices';
import { HereView } from './views/HereView';

export { preloadProviderViews } from './views/HereView';

import { UnlockView } from './views/UnlockView';

const loadProof = () => import('./views/ProofView').then((m) => m.ProofView);
const loadReminders = () => import('./views/RemindersView').then((m) => m.RemindersView);
const loadBundle = () => import('./views/BundleView').then((m) => m.BundleView);
const loadLock = () => import('./views/LockView').then((m) => m.LockView);

/** The side panel's views (named in frame.tsx). Each is a container in views/ that wires lib/ to components/. */
const views: ReadonlyArray<{ id: ViewId; render: (params: ViewParams) => JSX.Element }> = [
  {
    id: 'here',
    render: (params: ViewParams) => (
      <HereView key={`${params.accountId}|${params.focus}`} accountId={params.accountId} focus={params.focus} />
    ),
  },
  { id: 'proof', render: () => <Later load={loadProof} props={{}} /> },
  { id: 'reminders', render: () => <Later load={loadReminders} props={{}} /> },
  {
    id: 'bundle',
    render: (params: ViewParams) => <Later key={params.accountId} load={loadBundle} props={{ accountId: params.accountId }} />,
  },
  { id: 'lock', render: () => <Later load={loadLock} props={{}} /> },
];
interface ViewParams {
  accountId?: string;
  /** A record of that account to bring into view (a reminder opens what it is about). */
  focus?: string;
}

/**
 * The panel: while the vault is locked, only the passphrase screen (the views, and
 * what they read, are not even mounted); once open, the views. Locking elsewhere
 * (another panel, the idle timer) closes it here too.
 */
export function App() {
  const [locked, setLocked] = useState(isLocked);
  // A new language draws the whole panel again in it; state (what is typed, the open view, the focus) stays.
  const [, setLanguage] = useState(language);
  useEffect(() => {
    const stop = onLanguageChange(setLanguage);
    return () => {
      stop();
    };
  }, []);
  useEffect(() => {
    const follow = () => {
      setLocked(isLocked());
      // A switch of the lock that was interrupted carries on as soon as the key is here.
      const mode = vaultMode();
      if (vaultKey() && (mode === 'encrypting' || mode === 'decrypting')) finishSwitch().catch(console.error);
    };
    follow();
    return onVaultChange(follow);
  }, []);
  return locked ? <UnlockView /> : <Views />;
}

function Views() {
  const [view, setView] = useState<ViewId>('here');
  const [params, setParams] = useState<ViewParams>({});
  const current = views.find((v) => v.id === view) ?? views[0]!;
  const openView = (id: string, next: ViewParams = {}) => {
    setView(views.find((v) => v.id === id)?.id ?? 'here');
    setParams(next);
  };
  return (
    <NavigationContext.Provider value={openView}>
      <NoticesProvider>
        <PanelFrame view={view} onOpen={openView}>
          {current.render(params)}
        </PanelFrame>
      </NoticesProvider>
    </NavigationContext.Provider>
  );
}
