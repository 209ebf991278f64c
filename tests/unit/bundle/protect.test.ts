/**
 * Protected bundles (for family): the same bag in a WinZip AES-256 ZIP. Checked both
 * ways against 7-Zip (Debian's p7zip-full), a tool this project did not write.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as zipjs from '@zip.js/zip.js/lib/zip-core-custom.js';
import { afterAll, describe, expect, it } from 'vitest';
import { exportBundle } from '../../../lib/bundle/export';
import { applyImport, inspectBundle } from '../../../lib/bundle/import';
import { PassphraseNeeded, protectedZipStream, unprotect, WrongPassphrase } from '../../../lib/bundle/protect';
import { Refusal } from '../../../lib/bundle/refusal';
import { readZip } from '../../../lib/bundle/zip';
import type { ZipItem } from '../../../lib/bundle/zipBlob';
import { db } from '../../../lib/db/database';
import { type Files, unzip } from '../../fixtures/bags';
import { seedCase } from '../../fixtures/bundle-seed';
import { useFreshDatabases, writeSeed } from '../freshDb';

const freshDb = useFreshDatabases('protect');
const work = mkdtempSync(path.join(tmpdir(), 'protect-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const pass = 'maple river tuesday lantern';
const now = new Date('2026-03-12T12:00:00');
const blob = (bytes: Uint8Array) => new Blob([bytes as Uint8Array<ArrayBuffer>]);

async function exportZip(passphrase?: string): Promise<{ bytes: Uint8Array; fileName: string }> {
  const { blob, fileName } = await exportBundle({
    caseId: 'case-miller',
    includeSensitive: true,
    accountNumbers: 'full',
    now,
    passphrase,
  });
  return { bytes: new Uint8Array(await blob.arrayBuffer()), fileName };
}

/** Every record, blobs as text, a checklist's steps in id order (the order they were stored in does not matter). */
async function dump() {
  const out: Record<string, unknown> = {};
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  for (const table of db().tables) {
    if (table.name === 'settings') continue;
    out[table.name] = await Promise.all(
      (await table.toArray()).map(async (r: any) =>
        r.data instanceof Blob ? { id: r.id, text: await r.data.text() } : r.steps ? { ...r, steps: [...r.steps].sort(byId) } : r,
      ),
    );
  }
  return out;
}

/** 7-Zip, which the tests need: missing, they fail and say how to install it. */
function sevenZip(args: string[], cwd = work): string {
  try {
    execFileSync('7z', ['i'], { stdio: 'ignore' });
  } catch {
    throw new Error('7z is missing: install p7zip-full (apt-get install -y p7zip-full), as .ci/run does.');
  }
  return execFileSync('7z', args, { cwd, encoding: 'utf8', stdio: 'pipe' });
}
const sh = (cmd: string, args: string[], cwd: string) => execFileSync(cmd, args, { cwd, encoding: 'utf8' });

/** Every entry of a ZIP as zip.js reads it, with the passphrase when given. */
async function entriesOf(bytes: Uint8Array, password?: string) {
  const reader = new zipjs.ZipReader(new zipjs.BlobReader(blob(bytes)));
  const out: Array<{ name: string; entry: zipjs.Entry; bytes?: Uint8Array }> = [];
  for (const entry of await reader.getEntries()) {
    const content =
      password && !entry.directory ? await (entry as zipjs.FileEntry).getData(new zipjs.Uint8ArrayWriter(), { password }) : undefined;
    out.push({ name: entry.filename, entry, bytes: content });
  }
  return out;
}

const refusalOf = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: Error) => e,
  );

describe('a protected bundle', () => {
  it('holds the very same bag as the plain one, every file in AES-256 (AE-2), none of its text readable', async () => {
    const seed = seedCase();
    await writeSeed(seed);
    const plain = await exportZip();
    const locked = await exportZip(pass);
    expect(locked.fileName).toBe(plain.fileName.replace(/\.zip$/, '-protected.zip'));
    const entries = await entriesOf(locked.bytes, pass);
    const files: Files = Object.fromEntries(entries.map((e) => [e.name, e.bytes!]));
    expect(files).toEqual(unzip(plain.bytes)); // same names (same bag folder), same bytes, same order below
    expect(entries.map((e) => e.name)).toEqual(Object.keys(unzip(plain.bytes)));
    for (const { entry } of entries) {
      expect(entry.encrypted).toBe(true);
      expect(entry.zipCrypto).toBe(false);
      expect(entry.extraFieldAES).toMatchObject({ strength: 3, vendorVersion: 2, compressionMethod: 0 });
    }
    const raw = Buffer.from(locked.bytes);
    for (const marker of ['death certificate', 'BagIt-Version', 'Miller', seed.blobs[0]!.text]) expect(raw.includes(marker)).toBe(false);
  });

  it('opens with 7-Zip and the passphrase, and then sha256sum and sha512sum check its manifests', async () => {
    await writeSeed(seedCase());
    const { bytes, fileName } = await exportZip(pass);
    const file = path.join(work, fileName);
    writeFileSync(file, bytes);
    expect(sevenZip(['l', '-slt', file]).match(/^Method = AES-256 Store$/gm)).toHaveLength(13); // 3 evidence files, case.json, report.html, 3 complaint packets, 5 tag files
    expect(() => sevenZip(['t', '-pnot the passphrase', file])).toThrow(/Wrong password/);
    const out = path.join(work, 'opened-ours');
    expect(sevenZip(['x', `-p${pass}`, `-o${out}`, file])).toMatch(/Everything is Ok/);
    const bagDir = path.join(out, fileName.replace(/-protected\.zip$/, ''));
    expect(sh('sha256sum', ['-c', '--strict', 'manifest-sha256.txt'], bagDir).match(/: OK/g)).toHaveLength(8);
    expect(sh('sha512sum', ['-c', '--strict', 'manifest-sha512.txt'], bagDir).match(/: OK/g)).toHaveLength(8);
    expect(sh('sha256sum', ['-c', '--strict', 'tagmanifest-sha256.txt'], bagDir).match(/: OK/g)).toHaveLength(4);
  });

  it('imports with the passphrase exactly as the plain bundle does; without it or with a wrong one, nothing is written', async () => {
    await writeSeed(seedCase());
    const before = await dump();
    const { bytes } = await exportZip(pass);
    freshDb();
    const empty = await dump();

    const missing = await refusalOf(inspectBundle(blob(bytes)));
    expect(missing).toBeInstanceOf(PassphraseNeeded);
    expect(missing).toBeInstanceOf(Refusal); // the import screen's rule: nothing was written
    const wrong = await refusalOf(inspectBundle(blob(bytes), { passphrase: 'Maple river tuesday lantern' }));
    expect(wrong).toBeInstanceOf(WrongPassphrase);
    expect(wrong?.message).toBe(
      'That passphrase does not open this bundle. Check it with the person who gave it to you (capital letters and spaces count), and try again.',
    );
    expect(await dump()).toEqual(empty);

    const progress: number[] = [];
    const plan = await inspectBundle(blob(bytes), { passphrase: pass, onProgress: (done) => progress.push(done) });
    expect(plan.preview).toMatchObject({ deceasedName: 'Robert "Bob" Miller <b>', files: 3, caseExists: false });
    expect(progress.length).toBeGreaterThan(2);
    await applyImport(plan, { kind: 'new' });
    expect(await dump()).toEqual(before);
  });

  it('refuses a file changed after it was protected, and plain files slipped in beside protected ones', async () => {
    await writeSeed(seedCase());
    const { bytes } = await exportZip(pass);
    // Flip one byte of the encrypted case.json: its authentication code no longer matches.
    const entries = await readZip(blob(bytes));
    const caseJson = entries.find((e) => e.name.endsWith('data/case.json'))!;
    const tampered = bytes.slice();
    tampered[caseJson.dataStart + 40]! ^= 1;
    const changed = await refusalOf(inspectBundle(blob(tampered), { passphrase: pass }));
    expect(changed).toBeInstanceOf(Refusal);
    expect(changed?.message).toMatch(/The file ".*\/data\/case\.json" does not open with this passphrase: it was changed or damaged/);

    // A plain manifest beside protected files: it could say anything.
    const { readable, writable } = new TransformStream();
    const mixed = new Response(readable).arrayBuffer();
    const writer = new zipjs.ZipWriter(writable, { level: 0 });
    await writer.add('bag/bagit.txt', new zipjs.TextReader('BagIt-Version: 1.0\n'), { password: pass });
    await writer.add('bag/manifest-sha256.txt', new zipjs.TextReader('anything'));
    await writer.close();
    const error = await refusalOf(inspectBundle(blob(new Uint8Array(await mixed)), { passphrase: pass }));
    expect(error?.message).toBe(
      'Some files in this ZIP are protected with a passphrase and others, such as "bag/manifest-sha256.txt", are not: a protected bundle protects every file, so this one was changed.',
    );
  });

  it('refuses a passphrase shorter than 10 characters (the same rule as the lock) before making anything', async () => {
    await writeSeed(seedCase());
    await expect(exportZip('shorter!!')).rejects.toThrow('The passphrase must be at least 10 characters long.');
    await expect(exportZip('        x')).rejects.toThrow(/at least 10 characters/);
  });

  it('is written as it is read: the next file is asked for only when the reader has taken the last one', async () => {
    let asked = 0;
    async function* items(): AsyncGenerator<ZipItem> {
      for (let i = 0; i < 20; i++) {
        asked++;
        yield { name: `bag/data/${i}.bin`, data: new Uint8Array(1024 * 1024).fill(i), crc32: 0 };
      }
    }
    const reader = protectedZipStream(items(), pass, now).getReader();
    let read = 0;
    while (read < 3 * 1024 * 1024) read += (await reader.read()).value!.byteLength;
    await new Promise((r) => setTimeout(r, 50));
    expect(asked).toBeLessThan(6); // of 20: the rest waits for the reader
    await reader.cancel();
  });

  it('writes an empty file with its salt, check and code, and a passphrase with accents, as 7-Zip reads them', async () => {
    const accented = 'mañana río café Zoë';
    async function* items(): AsyncGenerator<ZipItem> {
      yield { name: 'bag/data/empty.txt', data: new Uint8Array(0), crc32: 0 };
      yield { name: 'bag/data/full.txt', data: new TextEncoder().encode('full'), crc32: 0 };
    }
    const bytes = new Uint8Array(await new Response(protectedZipStream(items(), accented, now)).arrayBuffer());
    const file = path.join(work, 'empty.zip');
    writeFileSync(file, bytes);
    expect(sevenZip(['t', `-p${accented}`, file])).toMatch(/Everything is Ok/);
    const entries = await readZip(blob(bytes));
    expect(entries.map((e) => [e.name, e.encrypted, e.compressedSize])).toEqual([
      ['bag/data/empty.txt', true, 28],
      ['bag/data/full.txt', true, 32],
    ]);
    expect(entries[0]!.source.extraFieldAES).toMatchObject({ strength: 3, vendorVersion: 2, compressionMethod: 0 });
    const opened = await unprotect(entries, { passphrase: accented });
    expect(opened.entries.map((e) => [e.name, e.size])).toEqual([
      ['bag/data/empty.txt', 0],
      ['bag/data/full.txt', 4],
    ]);
    expect(await refusalOf(unprotect(entries, { passphrase: 'manana rio cafe Zoe' }))).toBeInstanceOf(WrongPassphrase);
  });

  it('stops with the error of the files it is given (a missing file), so no half bundle is saved', async () => {
    async function* items(): AsyncGenerator<ZipItem> {
      yield { name: 'bag/bagit.txt', data: new Uint8Array(10), crc32: 0 };
      throw new Error('The file of "Final bill" is missing from this computer, so the copy cannot be complete.');
    }
    await expect(new Response(protectedZipStream(items(), pass, now)).arrayBuffer()).rejects.toThrow(/Final bill" is missing/);
  });
});

describe('a ZIP protected by 7-Zip', () => {
  /** The plain bundle unpacked, then zipped again by 7-Zip with these switches. */
  async function zippedBy7z(switches: string[], label: string): Promise<Uint8Array> {
    const { bytes, fileName } = await exportZip();
    const dir = path.join(work, label);
    const files = unzip(bytes);
    for (const [name, content] of Object.entries(files)) {
      const to = path.join(dir, name);
      execFileSync('mkdir', ['-p', path.dirname(to)]);
      writeFileSync(to, content);
    }
    const out = path.join(work, `${label}.zip`);
    sevenZip(['a', '-tzip', ...switches, out, fileName.replace(/\.zip$/, '')], dir);
    return readFileSync(out);
  }

  it('with AES-256 is accepted and imported like our own, deflated files and folder entries included', async () => {
    await writeSeed(seedCase());
    const before = await dump();
    const bytes = await zippedBy7z(['-mem=AES256', `-p${pass}`], 'aes256');
    const entries = await readZip(blob(bytes));
    expect(entries.some((e) => e.name.endsWith('/') && !e.encrypted)).toBe(true); // 7-Zip's folder entries
    expect(entries.some((e) => e.encrypted && e.method === 8)).toBe(true); // and deflated files
    expect(await refusalOf(inspectBundle(blob(bytes)))).toBeInstanceOf(PassphraseNeeded);
    const { entries: opened } = await unprotect(entries, { passphrase: pass });
    expect(opened.every((e) => !e.encrypted)).toBe(true);
    freshDb();
    const plan = await inspectBundle(blob(bytes), { passphrase: pass });
    expect(plan.preview.files).toBe(3);
    await applyImport(plan, { kind: 'new' });
    expect(await dump()).toEqual(before);
  });

  it('with its default ZipCrypto, or AES-128, is refused with what to choose instead', async () => {
    await writeSeed(seedCase());
    const zipCrypto = await refusalOf(inspectBundle(blob(await zippedBy7z([`-p${pass}`], 'zipcrypto')), { passphrase: pass }));
    expect(zipCrypto?.name).toBe('Refusal');
    expect(zipCrypto?.message).toMatch(
      /^The entry ".*" uses the old ZIP encryption \(ZipCrypto\), which is easily broken, so this extension does not read it\. A protected bundle uses AES-256 for every file \(in 7-Zip: ZIP format, encryption method AES-256\)\.$/,
    );
    const aes128 = await refusalOf(inspectBundle(blob(await zippedBy7z(['-mem=AES128', `-p${pass}`], 'aes128')), { passphrase: pass }));
    expect(aes128?.message).toMatch(/^The entry ".*" is encrypted with AES-128\. A protected bundle uses AES-256 for every file/);
  });
});
