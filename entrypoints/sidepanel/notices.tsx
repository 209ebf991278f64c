import { type ComponentChildren, createContext } from 'preact';
import { useContext, useState } from 'preact/hooks';
import { UndoToast } from '../../components/UndoToast';
import type { Undo } from '../../lib/db/undo';
import { t } from '../../lib/i18n';
import { reasonOf } from '../../lib/vault/errors';
import { notifyChanged } from './hooks';

interface Notices {
  /** "Deleted. Undo" for a short while. */
  offerUndo: (message: string, undo: Undo) => void;
  /** A write that failed: said plainly, never swallowed. */
  showError: (message: string) => void;
  /** Runs a write, then refreshes the badge; a failure is shown. */
  persist: (write: () => Promise<unknown>) => void;
  /**
   * Runs a deletion, then offers its undo and refreshes the badge; a failure is shown,
   * in the words `explain` gives it (by default the error's own message).
   */
  removeWithUndo: (message: string, removal: () => Promise<Undo>, explain?: (error: unknown) => string) => Promise<void>;
}

const NoticesContext = createContext<Notices | null>(null);

export function NoticesProvider(props: { children: ComponentChildren }) {
  const [offer, setOffer] = useState<{ message: string; undo: Undo } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const notices: Notices = {
    offerUndo: (message, undo) => setOffer({ message, undo }),
    showError: setError,
    persist: (write) => {
      write()
        .then(() => notifyChanged())
        .catch((e: unknown) => setError(t('panel.couldNotSave', { reason: reasonOf(e) })));
    },
    removeWithUndo: (message, removal, explain = reasonOf) =>
      removal().then(
        (undo) => {
          setOffer({ message, undo });
          notifyChanged();
        },
        (e: unknown) => setError(explain(e)),
      ),
  };
  return (
    <NoticesContext.Provider value={notices}>
      {error && (
        <div class="banner error" role="alert">
          <span>{error}</span>
          <button type="button" onClick={() => setError(null)}>
            {t('common.close')}
          </button>
        </div>
      )}
      {props.children}
      {offer && (
        <UndoToast
          message={offer.message}
          onExpire={() => setOffer(null)}
          onUndo={async () => {
            await offer.undo.restore();
            setOffer(null);
            notifyChanged();
          }}
        />
      )}
    </NoticesContext.Provider>
  );
}

export function useNotices(): Notices {
  const notices = useContext(NoticesContext);
  if (!notices) throw new Error('useNotices outside NoticesProvider'); // not shown to the user
  return notices;
}
