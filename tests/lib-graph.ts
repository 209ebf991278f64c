/**
 * The import graph of lib/ at folder level: each folder (lib/model, lib/db, ...) is
 * one node, and so is each loose file (lib/badge.ts). An edge A -> B means some file
 * in A imports (import, import type, export ... from, dynamic import()) a file in B.
 * Shared by tests/unit/architecture.test.ts, which asserts the layering, and the
 * `size` bench, which reports the number of cycles.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface LibImport {
  /** The importing file, relative to the lib folder ("providers/user.ts"). */
  file: string;
  /** The import specifier as written ("../model"). */
  specifier: string;
  from: string;
  to: string;
}

export interface LibGraph {
  nodes: string[];
  /** Edges between different nodes; imports inside one folder are not edges. */
  edges: Map<string, Set<string>>;
  /** Every relative import that crosses from one node to another, for error messages. */
  imports: LibImport[];
}

/** Registry entries: data that only imports its schema, not part of the layering. */
const SKIPPED = ['providers/data'];

function filesUnder(dir: string, rel = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(path.join(dir, rel)).sort()) {
    const relPath = rel ? `${rel}/${name}` : name;
    if (SKIPPED.includes(relPath)) continue;
    if (statSync(path.join(dir, relPath)).isDirectory()) out.push(...filesUnder(dir, relPath));
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(relPath);
  }
  return out;
}

/** The node a path inside lib/ belongs to: its first folder, or the loose file itself ("badge.ts"). */
function nodeOf(libDir: string, relPath: string): string {
  const first = relPath.split('/')[0]!;
  if (relPath.includes('/') || (existsSync(path.join(libDir, first)) && statSync(path.join(libDir, first)).isDirectory())) return first;
  if (/\.(tsx?|js)$/.test(first)) return first;
  const file = ['.ts', '.tsx'].map((ext) => first + ext).find((f) => existsSync(path.join(libDir, f)));
  return file ?? first;
}

/** Specifiers that name a file of this project: relative ones, and the "@/" and "~/" aliases of the project root. */
function isLocal(specifier: string): boolean {
  return /^\.\.?(\/|$)/.test(specifier) || /^[@~]\//.test(specifier);
}

/**
 * The project-local specifiers a source file imports (import and import type,
 * export ... from, dynamic import()), found by TypeScript's own scanner, so that
 * comments and strings that merely look like imports are skipped.
 */
export function relativeImports(source: string): string[] {
  return ts
    .preProcessFile(source, true, true)
    .importedFiles.map((f) => f.fileName)
    .filter(isLocal);
}

/** Where a local specifier points, as an absolute path without extension. */
function resolveSpecifier(fromFile: string, specifier: string, rootDir: string): string {
  const bare = specifier.replace(/\?.*$/, '');
  return /^[@~]\//.test(bare) ? path.resolve(rootDir, bare.slice(2)) : path.resolve(path.dirname(fromFile), bare);
}

export function libGraph(libDir = path.resolve('lib')): LibGraph {
  const files = filesUnder(libDir);
  const nodes = new Set<string>();
  const edges = new Map<string, Set<string>>();
  const imports: LibImport[] = [];
  for (const file of files) {
    const from = nodeOf(libDir, file);
    nodes.add(from);
    for (const specifier of relativeImports(readFileSync(path.join(libDir, file), 'utf8'))) {
      const target = path.relative(libDir, resolveSpecifier(path.join(libDir, file), specifier, path.dirname(libDir)));
      if (!target || target.startsWith('..') || path.isAbsolute(target)) continue; // outside lib/
      const to = nodeOf(libDir, target.split(path.sep).join('/'));
      nodes.add(to);
      if (to === from) continue;
      imports.push({ file, specifier, from, to });
      if (!edges.has(from)) edges.set(from, new Set());
      edges.get(from)!.add(to);
    }
  }
  return { nodes: [...nodes].sort(), edges, imports };
}

/** Every elementary cycle of the graph, each as a path that starts and ends at its smallest node. */
export function cyclesOf(graph: Pick<LibGraph, 'nodes' | 'edges'>): string[][] {
  const cycles: string[][] = [];
  const order = [...graph.nodes].sort();
  for (const start of order) {
    // Only cycles whose smallest node is `start`, so each is found once.
    const allowed = (n: string) => n >= start;
    const pathNow: string[] = [start];
    const onPath = new Set([start]);
    const walk = (node: string) => {
      for (const next of [...(graph.edges.get(node) ?? [])].sort()) {
        if (next === start) cycles.push([...pathNow, start]);
        else if (allowed(next) && !onPath.has(next)) {
          pathNow.push(next);
          onPath.add(next);
          walk(next);
          pathNow.pop();
          onPath.delete(next);
        }
      }
    };
    walk(start);
  }
  return cycles;
}

/** Which files make the edge from one node to another (for a readable failure). */
export function importsBetween(graph: LibGraph, from: string, to: string): string[] {
  return graph.imports.filter((i) => i.from === from && i.to === to).map((i) => `lib/${i.file} imports '${i.specifier}'`);
}

/** The file a resolved specifier loads (the bundler's order: the path itself, .ts, .tsx, then an index file). */
function fileOf(base: string): string | undefined {
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

/** The specifiers a file loads when it runs: `import type` and `export type` left out, everything else kept. */
export function runtimeSpecifiers(source: string): string[] {
  const sf = ts.createSourceFile('file.ts', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      // verbatimModuleSyntax keeps `import { type A } from 'x'` as `import 'x'`: only a type-only clause is dropped.
      if (!node.importClause?.isTypeOnly) out.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.isTypeOnly) out.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteralLike(arg)) out.push(arg.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/**
 * Every project file an entry loads at run time, following its local imports, and
 * the packages they load ("zod", "wxt/browser"). Paths are relative to rootDir.
 */
export function runtimeClosure(entry: string, rootDir = path.resolve('.')): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const todo = [path.resolve(rootDir, entry)];
  while (todo.length > 0) {
    const file = todo.pop()!;
    const rel = path.relative(rootDir, file).split(path.sep).join('/');
    if (files.has(rel)) continue;
    files.add(rel);
    for (const specifier of runtimeSpecifiers(readFileSync(file, 'utf8'))) {
      if (!isLocal(specifier)) {
        packages.add(specifier);
        continue;
      }
      const target = fileOf(resolveSpecifier(file, specifier, rootDir));
      if (target) todo.push(target);
      else throw new Error(`${rel}: cannot resolve '${specifier}'`);
    }
  }
  return { files: [...files].sort(), packages: [...packages].sort() };
}
