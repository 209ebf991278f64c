import { useState } from 'preact/hooks';
import { BundleView } from './views/BundleView';
import { NavigationContext } from './navigation';
import { NoticesProvider } from './notices';
import { HereView } from './views/HereView';
import { SettingsView } from './views/SettingsView';
import { VaultView } from './views/VaultView';

/** The side panel's views. Each is a container in views/ that wires lib/ to components/. */
const views = [
  { id: 'here', label: 'Checklist', render: () => <HereView /> },
  { id: 'vault', label: 'Proof', render: () => <VaultView /> },
  { id: 'settings', label: 'Reminders', render: () => <SettingsView /> },
  { id: 'bundle', label: 'Export & import', render: (params: ViewParams) => <BundleView key={params.accountId} accountId={params.accountId} /> },
] as const;

type ViewId = (typeof views)[number]['id'];
interface ViewParams {
  accountId?: string;
}

export function App() {
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
          <nav class="views" aria-label="Sections">
            {views.map((v) => (
              <button type="button" aria-current={v.id === view ? 'page' : undefined} onClick={() => openView(v.id)}>
                {v.label}
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
