/**
 * A bundle someone unzipped and zipped again on a Mac or on Windows: the system's
 * litter (__MACOSX/, .DS_Store, Thumbs.db) is left aside wherever it sits, and
 * everything else gets exactly the same checks (lib/bundle/bagit.ts validateBag).
 */
import { describe, expect, it } from 'vitest';
import { isSystemLitter } from '../../../lib/bundle/bagit';
import { applyImport, inspectBundle } from '../../../lib/bundle/import';
import { db } from '../../../lib/db/database';
import { type Files, rebag, rootOf, zipFiles, zipOf } from '../../fixtures/bags';
import { seedCase } from '../../fixtures/bundle-seed';
import { exportSeedFiles } from '../exportSeed';
import { useFreshDatabases, writeSeed } from '../freshDb';

const freshDb = useFreshDatabases('rezipped');
const enc = new TextEncoder();

async function exported(): Promise<Files> {
  await writeSeed(seedCase());
  const files = await exportSeedFiles();
  freshDb();
  return files;
}

const blobOf = (zip: Uint8Array) => new Blob([zip as Uint8Array<ArrayBuffer>]);

/** What Finder's "Compress" adds: a resource fork for every file under __MACOSX/, and .DS_Store files. */
function asMacZipsIt(files: Files): Array<[string, Uint8Array | string]> {
  const root = rootOf(files);
  const entries: Array<[string, Uint8Array | string]> = [[root, new Uint8Array()]];
  for (const [name, bytes] of Object.entries(files)) {
    entries.push([name, bytes]);
    const slash = name.lastIndexOf('/');
    entries.push([`__MACOSX/${name.slice(0, slash + 1)}._${name.slice(slash + 1)}`, 'Mac OS X        ATTR resource fork']);
  }
  entries.push([`${root}.DS_Store`, 'Bud1 finder'], [`${root}data/.DS_Store`, 'Bud1 finder'], ['__MACOSX/._.DS_Store', 'fork']);
  return entries;
}

/** What Explorer leaves behind: thumbnail caches in the folders it showed. */
function asWindowsZipsIt(files: Files): Array<[string, Uint8Array | string]> {
  const root = rootOf(files);
  return [
    ...Object.entries(files),
    [`${root}Thumbs.db`, 'thumbs'],
    [`${root}data/Thumbs.db`, 'thumbs'],
    [`${root}data/files/THUMBS.DB`, 'x'],
  ];
}

async function refusal(zip: Uint8Array): Promise<string> {
  return inspectBundle(blobOf(zip)).then(
    () => 'accepted',
    (e: Error) => e.message,
  );
}

describe('isSystemLitter', () => {
  it('names what macOS and Windows add, wherever it sits, and nothing else', () => {
    for (const name of [
      '__MACOSX/x/._bagit.txt',
      'bag/__MACOSX/._a',
      '.DS_Store',
      'bag/data/.DS_Store',
      'bag/Thumbs.db',
      'bag/data/thumbs.db',
    ])
      expect(isSystemLitter(name), name).toBe(true);
    for (const name of ['bag/bagit.txt', 'bag/data/case.json', 'bag/data/DS_Store', 'bag/data/MACOSX/a', 'bag/data/Thumbs.db.txt'])
      expect(isSystemLitter(name), name).toBe(false);
  });
});

describe('a bundle zipped again by macOS or Windows', () => {
  it('imports from a Mac copy (__MACOSX/ and .DS_Store, data/ included) exactly as the original', async () => {
    const files = await exported();
    const original = await inspectBundle(blobOf(await zipFiles(files)));
    const plan = await inspectBundle(blobOf(await zipOf(asMacZipsIt(files))));
    expect(plan.preview).toEqual(original.preview);
    await applyImport(plan, { kind: 'new' });
    expect((await db().cases.toArray()).map((c) => c.id)).toEqual(['case-miller']);
    expect(await db().evidence.count()).toBe(seedCase().evidence.length);
  });

  it('imports from a Windows copy (Thumbs.db in any folder, any case)', async () => {
    const files = await exported();
    const original = await inspectBundle(blobOf(await zipFiles(files)));
    const plan = await inspectBundle(blobOf(await zipOf(asWindowsZipsIt(files))));
    expect(plan.preview).toEqual(original.preview);
  });

  it('still refuses a changed file in a Mac copy', async () => {
    const files = await exported();
    const root = rootOf(files);
    const changed = { ...files, [`${root}data/case.json`]: enc.encode(`${new TextDecoder().decode(files[`${root}data/case.json`])} `) };
    expect(await refusal(await zipOf(asMacZipsIt(changed)))).toMatch(
      /the file "data\/case\.json" has changed since it was made \(its SHA-\d+ fingerprint/,
    );
  });

  it('still refuses any other unlisted file in a Mac copy', async () => {
    const files = await exported();
    const root = rootOf(files);
    const added = { ...files, [`${root}data/notes.txt`]: enc.encode('added later') };
    expect(await refusal(await zipOf(asMacZipsIt(added)))).toMatch(/"data\/notes\.txt" is in the bag but not listed/);
  });

  it('checks a .DS_Store the bag itself lists, like any of its files', async () => {
    const files = await exported();
    const root = rootOf(files);
    const listed = rebag({ ...files, [`${root}data/.DS_Store`]: enc.encode('listed') });
    expect(await refusal(await zipFiles(listed))).toBe('accepted');
    const tampered = { ...listed, [`${root}data/.DS_Store`]: enc.encode('LISTED') };
    expect(await refusal(await zipFiles(tampered))).toMatch(/data\/\.DS_Store" has changed since it was made/);
  });

  it('still refuses a copy that is nothing but litter', async () => {
    expect(
      await refusal(
        await zipOf([
          ['__MACOSX/._bagit.txt', 'fork'],
          ['.DS_Store', 'x'],
        ]),
      ),
    ).toMatch(/bagit\.txt is missing/);
  });
});
