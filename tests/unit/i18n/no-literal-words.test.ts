/**
 * The words a user reads come from the message files, so they exist in every language:
 * no file of the panel, its components or the extension's pages writes a sentence of its
 * own (JSX text, a title/label/placeholder/alt attribute, or a quoted phrase such as
 * 'Save this page'). Files still to be moved to the message files are listed below; the
 * list only shrinks. A line no user reads (a console message) ends with
 * `// not shown to the user`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const PATTERNS: [string, RegExp][] = [
  // Not after "=" (an arrow's "=> Promise<T>"), nor across && or || (a comparison "a > b && (").
  ['JSX text', /(?<!=)>\s*([^<>{}=;&|]*[A-Za-z]{2,}[^<>{}=;&|]*?)\s*</g],
  ['attribute', /\b(?:title|aria-label|placeholder|alt|label)="[^"]*[A-Za-z]{2,}[^"]*"/g],
  ['phrase', /(['"`])[A-Z][a-z']*(?: [A-Za-z'’,.:?!()-]+)+\1/g],
];

/** Files not yet moved to the message files: remove a file here when its words are in lib/i18n. */
const PENDING = new Set<string>([]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

/** `jsx`: whether the source can hold JSX (a .tsx file); in a .ts file, "=> Promise<T>" is a type, not text. */
function literalWords(source: string, jsx = true): string[] {
  const code = source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/^import .*$/gm, '')
    // A line the user never reads (a log, an error for developers) says so at its end.
    .replace(/^.*\/\/ not shown to the user$/gm, '');
  return PATTERNS.filter(([kind]) => jsx || kind !== 'JSX text').flatMap(([kind, pattern]) =>
    [...code.matchAll(pattern)].map((m) => `${kind}: ${m[0].trim()}`),
  );
}

describe('no hard-coded words', () => {
  it('finds JSX text, labelled attributes and quoted phrases, not code', () => {
    expect(literalWords('<p>Save this page</p>')).not.toEqual([]);
    expect(literalWords('<input placeholder="Your name" />')).not.toEqual([]);
    expect(literalWords("const x = ok ? 'Not known' : '';")).not.toEqual([]);
    expect(literalWords("<p class=\"hint\">{t('common.save')}</p>\n// A comment with Words in it\nconst k = 'step-id';")).toEqual([]);
    expect(literalWords('async function f(): Promise<void> {}\nconst g = (): Promise<number> => x;', false)).toEqual([]);
    expect(literalWords("const f = (v: V) => Promise<boolean>;\n{a > b && (<p>{t('common.save')}</p>)}")).toEqual([]);
    expect(literalWords('<button\n  type="button"\n>\n  Save this\n</button>')).not.toEqual([]);
    expect(literalWords("const reason = 'Start the estate first';", false)).not.toEqual([]);
  });

  const files = [...sourceFiles('components'), ...sourceFiles('entrypoints')].map((f) => f.split(path.sep).join('/'));
  for (const file of files.filter((f) => !PENDING.has(f))) {
    it(`${file} takes its words from the message files`, () => {
      expect(literalWords(readFileSync(file, 'utf8'), file.endsWith('.tsx'))).toEqual([]);
    });
  }

  it('lists only files that still have words of their own', () => {
    expect([...PENDING].filter((f) => literalWords(readFileSync(f, 'utf8'), f.endsWith('.tsx')).length === 0)).toEqual([]);
  });
});
