import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { registry, matchPatternsFor } from './lib/providers';

const providerPatterns = matchPatternsFor(registry);

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Estate Accounts Helper',
    description: "Close or transfer a loved one's accounts, with every step and proof kept on your own computer.",
    // alarms: recompute the badge when something becomes due; notifications: tell the user it did.
    permissions: ['storage', 'sidePanel', 'alarms', 'notifications'],
    // Only the registry's own sites: the extension never sees other pages' addresses.
    host_permissions: providerPatterns,
    // A site the registry lacks is asked for, one site at a time, when the user adds it.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: 'Estate Accounts Helper' },
  },
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      // The content script runs on registry domains only (never <all_urls>).
      for (const script of manifest.content_scripts ?? []) script.matches = providerPatterns;
    },
  },
});
