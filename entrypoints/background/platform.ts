/**
 * What differs between Chrome and Firefox, behind one small shape: the panel (Chrome's side
 * panel, Firefox's sidebar) and the full page archive (Chrome's MHTML, which Firefox lacks).
 * The build picks one (import.meta.env.FIREFOX is a constant there, so the other browser's
 * calls are not even in the bundle); nothing else asks which browser it runs in.
 */

import { chromiumPlatform } from './platformChromium';
import { firefoxPlatform } from './platformFirefox';

export interface Platform {
  /**
   * Opens the panel in the current window. Browsers allow this only inside the user's gesture:
   * call it at once, before any await. Rejects where the browser refuses.
   */
  openPanel(where: { tabId?: number }): Promise<void>;
  /** The toolbar button opens the panel. */
  setupToolbarButton(): void;
  /** A full archive of the page (MHTML), where the browser makes one; the bytes, read at once. */
  archive?: (tabId: number) => Promise<Blob>;
}

export const platform: Platform = import.meta.env.FIREFOX ? firefoxPlatform : chromiumPlatform;
