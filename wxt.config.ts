import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { matchPatternsFor, registry } from './lib/providers';
import { summaryOf } from './lib/providers/summary';
import { hardenDependencies } from './scripts/build/hardenDependencies';

const providerPatterns = matchPatternsFor(registry);

/**
 * The registry is validated here, when the build starts (an invalid entry fails the
 * build), and the extension gets the result as JSON instead of the entries and zod's
 * work on them at every start of a page or the worker; its summaries too
 * (lib/providers/summary.ts), a module of their own, so that the side panel's first
 * screen loads them and not the registry.
 */
function prevalidatedRegistry(): Plugin {
  const asJson = (name: string, value: unknown) =>
    `export const ${name} = /* @__PURE__ */ JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
  return {
    name: 'estate:prevalidated-registry',
    enforce: 'pre',
    load(id) {
      const file = id.replaceAll('\\', '/');
      if (file.endsWith('/lib/providers/builtIn.ts')) return asJson('validatedRegistry', registry);
      if (file.endsWith('/lib/providers/builtInIndex.ts')) return asJson('providerIndex', registry.map(summaryOf));
    },
  };
}

/**
 * The registry's data (about 66 KB gzip) in a chunk of its own. Left to the bundler it was
 * merged with small modules the first screen shares with later views, and so loaded before
 * the panel's first render, which needs only the summaries (lib/providers/builtInIndex.ts).
 * Only for ES module builds: the background and content script are single files (IIFE).
 */
function registryChunk(): Plugin {
  return {
    name: 'estate:registry-chunk',
    outputOptions(options) {
      if (options.format !== 'es') return null;
      return { ...options, codeSplitting: { groups: [{ name: 'provider-registry', test: /\/lib\/providers\/builtIn\.ts$/ }] } };
    },
  };
}

/**
 * The content security policy of the extension's pages (the side panel and its hash
 * worker): scripts, styles, fonts and connections from the extension itself only;
 * nothing from any other site, no plugins, no forms sent anywhere, no <base>, and no
 * page may frame the panel. Beyond that, only what the code uses.
 */
const extensionPagesPolicy = [
  "default-src 'self'",
  // One WebAssembly module of our own bundle (hash-wasm's CRC-32, used by the export).
  "script-src 'self' 'wasm-unsafe-eval'",
  "object-src 'none'",
  // The preview of a stored picture is a blob: URL.
  "img-src 'self' blob: data:",
  // The preview of a stored PDF is a blob: URL in an iframe (the browser's PDF viewer).
  // Chromium lets 'self' cover the extension's own blob: URLs; the standard (and Firefox) does not.
  'frame-src blob:',
  "form-action 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * PDF.js's own files that a PDF may need to be drawn, copied into the extension under
 * /pdfjs/ (lib/redact/pdfPages.ts points PDF.js there), so that nothing is fetched from
 * anywhere: the character maps of CJK fonts, the 14 standard fonts a PDF may name
 * without carrying them, and the WebAssembly decoders of JBIG2 and JPEG 2000 scans and
 * of ICC colors (no fallback scripts, no PDF JavaScript engine).
 */
function pdfjsFiles(): Array<{ absoluteSrc: string; relativeDest: string }> {
  const root = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const pick = (folder: string, keep: (name: string) => boolean) =>
    readdirSync(path.join(root, folder))
      .filter(keep)
      .map((name) => ({ absoluteSrc: path.join(root, folder, name), relativeDest: `pdfjs/${folder}/${name}` }));
  return [
    ...pick('cmaps', (n) => n.endsWith('.bcmap') || n === 'LICENSE'),
    ...pick('standard_fonts', () => true),
    ...pick('wasm', (n) => /^(jbig2|openjpeg|qcms_bg)\.wasm$/.test(n) || /^LICENSE_(PDFJS_)?(JBIG2|OPENJPEG|QCMS)$/.test(n)),
  ];
}

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Manifest V3 in both browsers (Firefox too): the same action, scripting and storage.session APIs.
  manifestVersion: 3,
  vite: () => ({
    plugins: [hardenDependencies(), preact(), prevalidatedRegistry(), registryChunk()],
    // Workers are bundled apart (the hash worker, PDF.js's): the same rewrites apply to them.
    worker: { plugins: () => [hardenDependencies()] },
  }),
  // One source, two manifests: what differs between the browsers is said here, where the browser is known.
  manifest: ({ browser }) => ({
    // The browser shows these before any of our code runs, in its own language: they come from
    // public/_locales (English and Spanish). Everything else the user reads follows the
    // language chosen in the settings (lib/i18n), which the browser's i18n cannot switch at runtime.
    name: '__MSG_name__',
    description: '__MSG_description__',
    default_locale: 'en',
    permissions: [
      'storage',
      // (The side panel's permission, Chrome's sidePanel, is added by WXT; Firefox's sidebar needs none.)
      // alarms: recompute the badge when something falls due; notifications: tell the user it did.
      'alarms',
      'notifications',
      // Two uses: a site the user tracks gets the page-signals content script registered at runtime
      // (registerContentScripts) and injected into its open tab, only once the user granted that one
      // site's host permission (the manifest's content script covers the registry's domains); and
      // "Save this page as proof" reads the page's visible text (document.body.innerText).
      'scripting',
      // Proof: Chrome's full archive (MHTML) of the provider page the user saves, besides the HTML copy.
      // Firefox has no such API (its proof is the HTML copy, the text and the picture).
      ...(browser === 'firefox' ? [] : ['pageCapture']),
      // "Save this page as proof" in the page's right-click menu.
      'contextMenus',
      // The shortcut and the right-click menu grant access to the current tab only, at that moment:
      // enough to take the picture of the screen (captureVisibleTab), and to save a site the registry lacks.
      'activeTab',
      // Proof can reach hundreds of MB (50 MB scans, page archives); this exempts the extension's
      // IndexedDB from the shared quota and from eviction under storage pressure. Nothing leaves the machine.
      'unlimitedStorage',
      // The vault lock closes by itself when the computer has not been used for the time the user chose.
      'idle',
    ],
    // Only the registry's own sites, and only their https pages (a plain http page can be
    // written by anyone on the network): the extension never sees other pages' addresses.
    host_permissions: providerPatterns,
    // A site the registry lacks is asked for, one site at a time, when the user adds it
    // (https://*.site/*, which must fit inside a single entry here).
    optional_host_permissions: ['https://*/*'],
    action: { default_title: '__MSG_name__' },
    content_security_policy: { extension_pages: extensionPagesPolicy },
    commands: {
      'save-proof': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_saveProofCommand__' },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          // Firefox needs an id of the add-on (for storage and updates); it never changes once published.
          id: 'estate-accounts-helper@extensions.local',
          // data_collection_permissions and WebDriver BiDi's webExtension.install (the Firefox tests).
          strict_min_version: '140.0',
          // Nothing leaves the computer: the extension collects and transmits no data.
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android reads that key from 142 on (the sidebar itself is a desktop feature).
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push(...pdfjsFiles());
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      // The content script runs on registry domains only (never <all_urls>), on their https pages.
      for (const script of manifest.content_scripts ?? []) script.matches = providerPatterns;
    },
  },
});
