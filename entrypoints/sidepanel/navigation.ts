import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/**
 * Opens another view of the panel, with what it should focus on: one account (to
 * export, or to open on the checklist), and a record of it (`focus`, its id).
 */
export type OpenView = (viewId: string, params?: { accountId?: string; focus?: string }) => void;

export const NavigationContext = createContext<OpenView>(() => {});

export function useOpenView(): OpenView {
  return useContext(NavigationContext);
}
