import { useRef, useState } from 'preact/hooks';

/** What the user chose for a section (`<account id>:<section>`), kept while the panel is open. */
const chosen = new Map<string, boolean>();

/**
 * Whether a folding section shows open: what the user chose, if they did; else open
 * when its records say something needs doing. A section shown open stays open while
 * its screen is up, even once its work is done: it never folds under the user's hands
 * (the last device marked returned); it folds the next time the account is shown.
 */
export function useFold(key: string, suggested: boolean): { open: boolean; choose: (open: boolean) => void } {
  const [, redraw] = useState(0);
  const shownOpen = useRef(false);
  const open = chosen.get(key) ?? (suggested || shownOpen.current);
  shownOpen.current = open;
  return {
    open,
    choose: (value: boolean) => {
      chosen.set(key, value);
      redraw((n) => n + 1);
    },
  };
}
