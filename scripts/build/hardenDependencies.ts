/**
 * Code paths of bundled libraries that the extension never takes, and that Firefox's
 * add-on linter (web-ext lint) rightly reports, are replaced at build time by code that
 * cannot evaluate a string, write HTML or load a module by address:
 * - zod's probe for `new Function` (its JIT): the extension runs zod jitless (lib/model/jitless.ts),
 *   so the probe is answered "no" without running it;
 * - preact's `dangerouslySetInnerHTML`: page-derived and imported text is always text here, so
 *   the one place preact would write HTML refuses to;
 * - zip.js's loading of a codec module from an address (`codecURI`): the extension unpacks with
 *   the browser's DecompressionStream and loads no code from anywhere;
 * - PDF.js's two module loads by address: its main-thread stand-in for its worker (the
 *   extension always starts the bundled worker, lib/redact/pdfPages.ts) and the script
 *   fallback of its image decoders (the extension bundles their WebAssembly, wxt.config.ts).
 * Each rewrite must find its exact source, or the build fails (an upgraded library is looked at
 * again rather than silently shipped with the path back).
 */
import type { Plugin } from 'vite';

export interface Rewrite {
  /** The end of the module's path, with forward slashes. */
  file: string;
  find: RegExp;
  replace: string;
  why: string;
}

export const rewrites: readonly Rewrite[] = [
  {
    file: '/node_modules/zod/v4/core/util.js',
    find: /try \{\s*const F = Function;\s*new F\(""\);\s*return true;\s*\}/,
    replace: 'try { return false; }',
    why: "zod's JIT probe (the extension is jitless)",
  },
  {
    file: '/node_modules/preact/dist/preact.mjs',
    find: /\((\w+)\.innerHTML=(\w+)\.__html\)/,
    replace: '(()=>{throw new Error("dangerouslySetInnerHTML is not allowed in this extension")})()',
    why: "preact's dangerouslySetInnerHTML",
  },
  {
    file: '/node_modules/@zip.js/zip.js/lib/core/codec-registry.js',
    find: /setCodecStreams\(format, await import\([^)]*codecURI\)\);/,
    replace: 'throw new Error("zip.js codec modules are not loaded by this extension");',
    why: "zip.js's codec module loading by address",
  },
  {
    file: '/node_modules/pdfjs-dist/build/pdf.mjs',
    find: /const worker = await import\(\s*\/\*webpackIgnore: true\*\/\s*\/\*@vite-ignore\*\/\s*this\.workerSrc\);/,
    replace: 'throw new Error("PDF.js runs in its own bundled worker here, never a module loaded by address");',
    why: "PDF.js's main-thread fallback worker, loaded by address (the extension always gives it its bundled worker)",
  },
  {
    file: '/node_modules/pdfjs-dist/build/pdf.worker.mjs',
    find: /\} = await import\(\s*\/\*webpackIgnore: true\*\/\s*\/\*@vite-ignore\*\/\s*`\$\{WasmImage\.#wasmUrl\}\$\{this\._noWasmFilename\}`\);/,
    replace: '} = await Promise.reject(new Error("PDF.js decodes with its bundled WebAssembly here, never a script loaded by address"));',
    why: "PDF.js's script fallback for its image decoders, loaded by address (the extension bundles the WebAssembly ones)",
  },
];

/** The module's code with its rewrite applied; throws when the rewrite no longer fits the library's code. */
export function applyRewrite(code: string, rewrite: Rewrite): string {
  const matches = code.match(new RegExp(rewrite.find.source, 'g')) ?? [];
  if (matches.length !== 1)
    throw new Error(`${rewrite.file}: expected exactly one place for ${rewrite.why}, found ${matches.length}. Look at the library again.`);
  return code.replace(rewrite.find, rewrite.replace);
}

export function hardenDependencies(): Plugin {
  return {
    name: 'estate:harden-dependencies',
    enforce: 'pre',
    transform(code, id) {
      const path = id.replaceAll('\\', '/').split('?')[0] ?? '';
      const rewrite = rewrites.find((r) => path.endsWith(r.file));
      return rewrite ? { code: applyRewrite(code, rewrite), map: null } : undefined;
    },
  };
}
