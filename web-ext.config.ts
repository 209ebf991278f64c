import { defineWebExtConfig } from 'wxt';

// `npm run dev` opens this Chromium with the extension loaded (Google Chrome 137+ ignores --load-extension).
export default defineWebExtConfig({
  binaries: { chrome: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
});
