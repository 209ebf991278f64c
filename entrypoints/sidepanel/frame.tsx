import type { ComponentChildren } from 'preact';
import { t } from '../../lib/i18n';

/** The panel's views, as its navigation names them (App.tsx draws each). */
export const viewTabs = [
  { id: 'here', label: () => t('panel.viewChecklist') },
  { id: 'proof', label: () => t('panel.viewProof') },
  { id: 'reminders', label: () => t('panel.viewReminders') },
  { id: 'bundle', label: () => t('panel.viewCopies') },
  { id: 'lock', label: () => t('panel.viewLock') },
] as const;

export type ViewId = (typeof viewTabs)[number]['id'];

/** The panel around a view: the views to move between, the one shown marked. */
export function PanelFrame(props: { view: ViewId; onOpen: (id: ViewId) => void; children: ComponentChildren }) {
  return (
    <main class="panel">
      <nav class="views" aria-label={t('panel.sections')}>
        {viewTabs.map((v) => (
          <button type="button" aria-current={v.id === props.view ? 'page' : undefined} onClick={() => props.onOpen(v.id)}>
            {v.label()}
          </button>
        ))}
      </nav>
      {props.children}
    </main>
  );
}

/**
 * Set once the panel's live views have drawn what its first screen showed (their data
 * read): the first screen hands over to them then (main.tsx), not to a "Loading…".
 */
let markShown: () => void = () => undefined;
export const shown = new Promise<void>((resolve) => {
  markShown = resolve;
});
export function viewShown(): void {
  markShown();
}
