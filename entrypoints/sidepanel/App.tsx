import { useState } from 'preact/hooks';
import { NoticesProvider } from './notices';
import { HereView } from './views/HereView';
import { SettingsView } from './views/SettingsView';
import { VaultView } from './views/VaultView';

/** The side panel's views. Each is a container in views/ that wires lib/ to components/. */
const views = [
  { id: 'here', label: 'Checklist', render: () => <HereView /> },
  { id: 'vault', label: 'Proof', render: () => <VaultView /> },
  { id: 'settings', label: 'Reminders', render: () => <SettingsView /> },
] as const;

type ViewId = (typeof views)[number]['id'];

export function App() {
  const [view, setView] = useState<ViewId>('here');
  const current = views.find((v) => v.id === view) ?? views[0];
  return (
    <NoticesProvider>
      <main class="panel">
        {views.length > 1 && (
          <nav class="views" aria-label="Sections">
            {views.map((v) => (
              <button type="button" aria-current={v.id === view ? 'page' : undefined} onClick={() => setView(v.id)}>
                {v.label}
              </button>
            ))}
          </nav>
        )}
        {current.render()}
      </main>
    </NoticesProvider>
  );
}
