/**
 * The layering of lib/, checked from the source: at folder level (each folder one
 * node, each loose file like lib/badge.ts its own) the imports form no cycle; the
 * model is the ground floor; the page readers stand on the model alone, and the
 * content script loads nothing else (no zod, no estate model).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cyclesOf, importsBetween, type LibGraph, libGraph, relativeImports, runtimeClosure, runtimeSpecifiers } from '../lib-graph';

const LIB = path.resolve('lib');

function explainCycle(graph: LibGraph, cycle: string[]): string {
  const steps = cycle.slice(1).map((to, i) => `  ${cycle[i]} -> ${to}: ${importsBetween(graph, cycle[i]!, to).join('; ')}`);
  return [`cycle ${cycle.join(' -> ')}`, ...steps].join('\n');
}

function importsOutside(graph: LibGraph, from: string, allowed: string[]): string[] {
  return graph.imports
    .filter((i) => i.from === from && !allowed.includes(i.to))
    .map((i) => `lib/${i.file} imports '${i.specifier}' (lib/${i.to})`);
}

describe('import extraction', () => {
  it('sees import, import type, export from and dynamic import, and skips comments, strings and packages', () => {
    const source = [
      "import { a } from './a';",
      "import type { B } from '../b';",
      "import {\n  c,\n  type C,\n} from './c';",
      "export { d } from './d';",
      "export * from './e';",
      "export type { F } from './f';",
      "const g = await import('./g');",
      "import './h';",
      "import { z } from 'zod';",
      "// import x from './not-this';",
      'const s = "import y from \'./nor-this\'";',
    ].join('\n');
    expect(relativeImports(source)).toEqual(['./a', '../b', './c', './d', './e', './f', './g', './h']);
  });
});

describe('the folder graph of lib/', () => {
  const graph = libGraph(LIB);

  it('knows the folders and the loose files', () => {
    for (const node of ['model', 'page', 'providers', 'db', 'messaging', 'badge.ts', 'dates.ts', 'labels.ts'])
      expect(graph.nodes).toContain(node);
    expect(graph.nodes).not.toContain('data');
  });

  it('has no cycle', () => {
    const cycles = cyclesOf(graph);
    expect(cycles.length === 0 ? '' : `${cycles.length} cycles, the first:\n${explainCycle(graph, cycles[0]!)}`).toBe('');
  });

  it('keeps lib/i18n the ground floor: the words import no other lib folder', () => {
    expect(importsOutside(graph, 'i18n', [])).toEqual([]);
  });

  it('keeps lib/model on the ground floor: it imports no other lib folder but the words', () => {
    expect(importsOutside(graph, 'model', ['i18n'])).toEqual([]);
  });

  it('lets lib/page import lib/model only', () => {
    expect(importsOutside(graph, 'page', ['model'])).toEqual([]);
  });
});

describe('the content script', () => {
  it('loads lib/page and its one way to send only, without zod or the estate model', () => {
    const { files, packages } = runtimeClosure('entrypoints/provider.content.ts');
    const allowed = (f: string) =>
      f === 'entrypoints/provider.content.ts' || f === 'lib/messaging/sendFromPage.ts' || f.startsWith('lib/page/');
    expect(files.filter((f) => !allowed(f))).toEqual([]);
    expect(files).not.toContain('lib/page/stored.ts');
    expect(packages).toEqual(['wxt/browser']);
  });

  it('says nothing to the page and relies on nothing a page can switch off: no start-up postMessage, no WXT context', () => {
    const source = readFileSync('entrypoints/provider.content.ts', 'utf8');
    // WXT's start-up window.postMessage names the extension's id to the page.
    expect(source).toMatch(/^\s*noScriptStartedPostMessage: true,$/m);
    // The context a page can invalidate with WXT's custom event is not taken: main() has no parameter.
    expect(source).toMatch(/^\s*main\(\) \{$/m);
    expect(source).not.toMatch(/\bctx\./);
    expect(source).not.toMatch(/postMessage\(|dispatchEvent\(/);
  });
});

describe("zod under the extension pages' content security policy", () => {
  // zod probes whether it may compile parsers with new Function, which the policy forbids
  // and reports as a violation; lib/model/jitless.ts turns that off before any schema is made.
  const sources = ['lib', 'entrypoints', 'components']
    .flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => `${dir}/${f}`))
    .filter((f) => /\.tsx?$/.test(f));

  it('every module that loads zod loads lib/model/jitless.ts first (directly or through what it imports)', () => {
    const users = sources.filter((f) => runtimeSpecifiers(readFileSync(f, 'utf8')).includes('zod'));
    expect(users.length).toBeGreaterThan(5);
    const without = users.filter((f) => f !== 'lib/model/jitless.ts' && !runtimeClosure(f).files.includes('lib/model/jitless.ts'));
    expect(without).toEqual([]);
    // It parses every source file with the TypeScript parser: seconds on a busy machine, more than the 5 s default.
  }, 60_000);
});
