import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** Opens another view of the panel, with what it should focus on (e.g. one account to export). */
export type OpenView = (viewId: string, params?: { accountId?: string }) => void;

export const NavigationContext = createContext<OpenView>(() => {});

export function useOpenView(): OpenView {
  return useContext(NavigationContext);
}
