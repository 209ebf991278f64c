import { useEffect, useState } from 'preact/hooks';
import { finishSwitch } from '../../lib/db/vaultSwitch';
import { language, onLanguageChange, t } from '../../lib/i18n';
import { isLocked, onVaultChange, vaultKey, vaultMode } from '../../lib/vault/state';
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

/** The side panel's views. Each is a container in views/ that wires lib/ to components/. */
const views = [
  {
    id: 'here',
    label: () => t('panel.viewChecklist'),
    render: (params: ViewParams) => (
      <HereView key={`${params.accountId}|${params.focus}`} accountId={params.accountId} focus={params.focus} />
    ),
  },
  { id: 'proof', label: () => t('panel.viewProof'), render: () => <Later load={loadProof} props={{}} /> },
  { id: 'reminders', label: () => t('panel.viewReminders'), render: () => <Later load={loadReminders} props={{}} /> },
  {
    id: 'bundle',
    label: () => t('panel.viewCopies'),
    render: (params: ViewParams) => <Later key={params.accountId} load={loadBundle} props={{ accountId: params.accountId }} />,
  },
  { id: 'lock', label: () => t('panel.viewLock'), render: () => <Later load={loadLock} props={{}} /> },
] as const;

type ViewId = (typeof views)[number]['id'];
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
  const current = views.find((v) => v.id === view) ?? views[0];
  const openView = (id: string, next: ViewParams = {}) => {
    setView((views.find((v) => v.id === id)?.id ?? 'here') as ViewId);
    setParams(next);
  };
  return (
    <NavigationContext.Provider value={openView}>
      <NoticesProvider>
        <main class="panel">
          {views.length > 1 && (
            <nav class="views" aria-label={t('panel.sections')}>
              {views.map((v) => (
                <button type="button" aria-current={v.id === view ? 'page' : undefined} onClick={() => openView(v.id)}>
                  {v.label()}
                </button>
              ))}
            </nav>
          )}
          {current.render(params)}
        </main>
      </NoticesProvider>
    </NavigationContext.Provider>
  );
}
