import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { NavigationContext } from './navigation';
import { NoticesProvider } from './notices';
import { HereView } from './views/HereView';

/**
 * A view whose code is loaded when it is first opened: the panel opens on the
 * checklist, and the proof, reminders and bundle code is not parsed until needed.
 */
function Later<P extends object>(props: { load: () => Promise<ComponentType<P>>; props: P }) {
  const [View, setView] = useState<ComponentType<P> | null>(null);
  useEffect(() => {
    props.load().then((loaded) => setView(() => loaded));
  }, [props.load]);
  return View ? (
    <View {...props.props} />
  ) : (
    <p class="muted" aria-busy="true">
      Loading…
    </p>
  );
}

const loadProof = () => import('./views/ProofView').then((m) => m.ProofView);
const loadReminders = () => import('./views/RemindersView').then((m) => m.RemindersView);
const loadBundle = () => import('./views/BundleView').then((m) => m.BundleView);

/** The side panel's views. Each is a container in views/ that wires lib/ to components/. */
const views = [
  { id: 'here', label: 'Checklist', render: () => <HereView /> },
  { id: 'proof', label: 'Proof', render: () => <Later load={loadProof} props={{}} /> },
  { id: 'reminders', label: 'Reminders', render: () => <Later load={loadReminders} props={{}} /> },
  {
    id: 'bundle',
    label: 'Export & import',
    render: (params: ViewParams) => <Later key={params.accountId} load={loadBundle} props={{ accountId: params.accountId }} />,
  },
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
