/**
 * The ZIP adapter's own refusals, on hand-broken ZIPs (the bundle tests cover the
 * ones a bundle reaches through the import screen).
 */
import * as zipjs from '@zip.js/zip.js/lib/zip-core-custom.js';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crcMatches, entryBlob, entryBytes, readZip } from '../../../lib/bundle/zip';

const enc = new TextEncoder();
const blob = (bytes: Uint8Array) => new Blob([bytes as Uint8Array<ArrayBuffer>]);

/** Where each entry's local header and central directory record are. */
function records(zip: Uint8Array) {
  const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = zip.length - 22;
  let cd = v.getUint32(eocd + 16, true);
  const out: Array<{ local: number; central: number }> = [];
  for (let n = v.getUint16(eocd + 10, true); n > 0; n--) {
    out.push({ local: v.getUint32(cd + 42, true), central: cd });
    cd += 46 + v.getUint16(cd + 28, true) + v.getUint16(cd + 30, true) + v.getUint16(cd + 32, true);
  }
  return { v, out };
}

/** Sets a field in both the local header and the central directory record of an entry. */
function patch(zip: Uint8Array, index: number, field: 'flags' | 'compressedSize' | 'size', value: number) {
  const { v, out } = records(zip);
  const { local, central } = out[index]!;
  if (field === 'flags') {
    v.setUint16(local + 6, value, true);
    v.setUint16(central + 8, value, true);
  } else {
    const [l, c] = field === 'compressedSize' ? [18, 20] : [22, 24];
    v.setUint32(local + l, value, true);
    v.setUint32(central + c, value, true);
  }
  return zip;
}

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: Error) => `${e.name}: ${e.message}`,
  );

describe('ZIP adapter over zip.js', () => {
  it('reads stored entries as slices of the file and deflated ones unpacked', async () => {
    const text = 'hello '.repeat(1000);
    const file = blob(zipSync({ 'a/stored.txt': [enc.encode(text), { level: 0 }], 'a/deflated.txt': [enc.encode(text), { level: 9 }] }));
    const [stored, deflated] = await readZip(file);
    expect([stored!.method, deflated!.method]).toEqual([0, 8]);
    expect(await (await entryBlob(file, stored!)).text()).toBe(text);
    expect(new TextDecoder().decode(await entryBytes(file, deflated!))).toBe(text);
    expect(await crcMatches(stored!)).toBe(true);
  });

  it('refuses overlapping entries before unpacking anything', async () => {
    const zip = zipSync({ 'a.txt': [new Uint8Array(100), { level: 0 }], 'b.txt': [new Uint8Array(100), { level: 0 }] });
    // a.txt now claims b.txt's header and data as its own bytes.
    const grown = 100 + 30 + 'b.txt'.length + 100;
    patch(patch(zip, 0, 'compressedSize', grown), 0, 'size', grown);
    expect(await refusal(readZip(blob(zip)))).toBe(
      'Refusal: The entry "b.txt" overlaps another one: refused as a ZIP bomb or a damaged file.',
    );
  });

  it('refuses an entry that unpacks to more than it declares', async () => {
    const zip = patch(zipSync({ 'a.txt': [enc.encode('x'.repeat(10_000)), { level: 9 }] }), 0, 'size', 100);
    const file = blob(zip);
    const [entry] = await readZip(file);
    expect(await refusal(entryBytes(file, entry!))).toBe(
      'Refusal: The entry "a.txt" is damaged (it does not unpack to its declared size).',
    );
    expect(await refusal(entryBlob(file, entry!))).toMatch(/does not unpack to its declared size/);
  });

  it('refuses encrypted entries, extra data before the ZIP, and tells a wrong CRC', async () => {
    const zip = () => zipSync({ 'a.txt': [enc.encode('secret'), { level: 0 }] });
    // Encrypted without the AES field: the old ZipCrypto. (Protected bundles use AES-256: protect.test.ts.)
    expect(await refusal(readZip(blob(patch(zip(), 0, 'flags', 1))))).toBe(
      'Refusal: The entry "a.txt" uses the old ZIP encryption (ZipCrypto), which is easily broken, so this extension does not read it. A protected bundle uses AES-256 for every file (in 7-Zip: ZIP format, encryption method AES-256).',
    );
    const prefixed = new Uint8Array([...enc.encode('MZ stub '), ...zip()]);
    expect(await refusal(readZip(blob(prefixed)))).toMatch(/^Refusal: The ZIP file is damaged/);
    const flipped = zip();
    flipped.fill(0x41, 35, 36); // the first byte of the stored data (after the 30-byte header and the name)
    const [entry] = await readZip(blob(flipped));
    expect(await crcMatches(entry!)).toBe(false);
  });

  it('lists AES-256 entries, but never hands out their encrypted bytes as content', async () => {
    const { readable, writable } = new TransformStream();
    const bytes = new Response(readable).arrayBuffer();
    const writer = new zipjs.ZipWriter(writable, { level: 0, password: 'a long passphrase', encryptionStrength: 3 });
    await writer.add('a.txt', new zipjs.TextReader('secret'));
    await writer.close();
    const file = blob(new Uint8Array(await bytes));
    const [entry] = await readZip(file);
    expect(entry).toMatchObject({ name: 'a.txt', encrypted: true, method: 0, size: 6, compressedSize: 6 + 28 });
    const guarded = 'Refusal: The entry "a.txt" is protected with a passphrase; it must be opened with it first.';
    expect(await refusal(entryBlob(file, entry!))).toBe(guarded);
    expect(await refusal(entryBytes(file, entry!))).toBe(guarded);
    expect(await refusal(crcMatches(entry!))).toBe(guarded);
  });
});
