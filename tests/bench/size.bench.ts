/**
 * What the layering costs or saves, measured on the build `npm run bench` makes
 * first (this bench builds nothing itself):
 *  1. the content script that runs on every provider page
 *     (.output/chrome-mv3/content-scripts/provider.js), raw and gzip -9.
 *     Target: at most 20 KB gzip (it carried zod and the estate model: 33 KB);
 *  2. cycles in lib/'s folder-level import graph (tests/lib-graph.ts, the same
 *     function the architecture unit test uses). Target: 0;
 *  3. the side panel's JS loaded before its first render: the entry script of
 *     sidepanel.html, its modulepreloads (none since the first screen comes from the
 *     background: entrypoints/sidepanel/main.tsx) and their static imports, gzip -9
 *     each. The live views (database, zod, registry) are dynamic imports that load
 *     beside the first screen without holding it up, and are not counted.
 *     Target (issue 17): at most 60 KB (it was ~225 KB, then 340 KB with the
 *     Public Suffix List and the whole registry in it, then 131 KB).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { cyclesOf, libGraph } from '../lib-graph';
import { report, verdict } from './stats';

const OUTPUT = path.resolve('.output/chrome-mv3');
const CONTENT_SCRIPT = 'content-scripts/provider.js';
const TARGET_GZIP_BYTES = 20 * 1024;
const PANEL_TARGET_GZIP_BYTES = 60 * 1024;

function gzipSize(bytes: Buffer): number {
  return gzipSync(bytes, { level: 9 }).length;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function kbAndBytes(bytes: number): string {
  return `${kb(bytes)} (${bytes} bytes)`;
}

/** Static imports of a built chunk (`import{..}from"./x.js"`, `import"./x.js"`, `export*from"./x.js"`), not import(). */
function staticImports(code: string): string[] {
  const found: string[] = [];
  for (const m of code.matchAll(/(?:\bimport|\bexport)\s*(?:[^"'`;()]*?\bfrom\s*)?["']([^"']+\.js)["']/g)) found.push(m[1]!);
  return found;
}

/** The JS files the side panel loads before its first render, relative to the output folder. */
export function panelInitialScripts(outputDir = OUTPUT): string[] {
  const html = readFileSync(path.join(outputDir, 'sidepanel.html'), 'utf8');
  const roots = [
    ...[...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!),
  ].map((src) => src.replace(/^\//, ''));
  const seen = new Set<string>();
  const todo = [...roots];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(path.join(outputDir, file), 'utf8');
    for (const spec of staticImports(code)) {
      todo.push(spec.startsWith('/') ? spec.slice(1) : path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)));
    }
  }
  return [...seen].sort();
}

export async function run(): Promise<boolean> {
  const contentPath = path.join(OUTPUT, CONTENT_SCRIPT);
  if (!existsSync(contentPath)) {
    console.log(`  ${CONTENT_SCRIPT} is missing: build first (npm run bench builds before it runs)`);
    return false;
  }
  const content = readFileSync(contentPath);
  const contentGzip = gzipSize(content);

  const graph = libGraph(path.resolve('lib'));
  const cycles = cyclesOf(graph);

  const panel = panelInitialScripts().map((file) => {
    const bytes = readFileSync(path.join(OUTPUT, file));
    return { file, raw: bytes.length, gzip: gzipSize(bytes) };
  });
  const panelRaw = panel.reduce((sum, f) => sum + f.raw, 0);
  const panelGzip = panel.reduce((sum, f) => sum + f.gzip, 0);

  report([
    ['content script (provider.js), raw', kbAndBytes(content.length)],
    ['content script (provider.js), gzip -9', `${kbAndBytes(contentGzip)}, target at most ${kbAndBytes(TARGET_GZIP_BYTES)}`],
    ["cycles in lib/'s folder import graph", `${cycles.length} (target 0)`],
    ...cycles.slice(0, 3).map((c, i): [string, string] => [`  cycle ${i + 1}`, c.join(' -> ')]),
    ['side panel JS before first render, raw', kb(panelRaw)],
    ['side panel JS before first render, gzip', `${kbAndBytes(panelGzip)}, target at most ${kbAndBytes(PANEL_TARGET_GZIP_BYTES)}`],
    ...panel.map((f): [string, string] => [`  ${f.file}`, `${kb(f.raw)} raw, ${kb(f.gzip)} gzip`]),
  ]);
  const sizeMet = verdict(`content script at most ${kb(TARGET_GZIP_BYTES)} gzip (${kb(contentGzip)})`, contentGzip <= TARGET_GZIP_BYTES);
  const cyclesMet = verdict(`no cycle in lib/'s folder graph (${cycles.length})`, cycles.length === 0);
  const panelMet = verdict(
    `side panel JS before first render at most ${kb(PANEL_TARGET_GZIP_BYTES)} gzip (${kb(panelGzip)})`,
    panelGzip <= PANEL_TARGET_GZIP_BYTES,
  );
  return sizeMet && cyclesMet && panelMet;
}
