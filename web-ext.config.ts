import { defineWebExtConfig } from 'wxt';

// `npm run dev` opens this Chromium with the extension loaded (Google Chrome 137+ ignores --load-extension).
export default defineWebExtConfig({
  binaries: { chrome: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  // Chromium refuses to start its sandbox as root (containers, CI boxes); a normal user keeps it.
  chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
});
