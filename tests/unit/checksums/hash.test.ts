/**
 * The checksums of a bundle's files (lib/checksums/hash.ts): read whole (WebCrypto's
 * SHA-256 with hash-wasm's SHA-512 beside it) or streamed chunk by chunk (hash-wasm
 * alone, for files too large to read whole), the answers are the same, and they are
 * the ones Node's own crypto and zlib give.
 */
import { createHash, randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type FileSums, openSums, sealSums } from '../../../lib/checksums/fileSums';
import { checksumsHere, checksumsOf, checksumsOfRanges, digestRanges, webCrypto } from '../../../lib/checksums/hash';
import { openingKey, SealError, sealBytes, utf8 } from '../../../lib/vault/crypto';

const algs = ['sha256', 'sha512', 'sha1', 'sha384'];
const expected = (bytes: Uint8Array) => algs.map((a) => createHash(a).update(bytes).digest('hex'));

describe('checksumsHere', () => {
  // 0 bytes, less than one chunk, and several chunks of a Blob's stream.
  it.each([0, 1000, 3 * 1024 * 1024 + 17])('gives the same checksums and CRC-32 whole or streamed (%i bytes)', async (size) => {
    const bytes = new Uint8Array(randomBytes(size));
    const blob = new Blob([bytes]);
    const whole = await checksumsHere(algs, blob, true);
    const streamed = await checksumsHere(algs, blob, true, 0);
    const fromBytes = await checksumsHere(algs, bytes, true);
    for (const got of [whole, streamed, fromBytes]) {
      expect(got.sums).toEqual(expected(bytes));
      expect(got.crc32).toBe(crc32(bytes));
      expect(got.size).toBe(size);
    }
  });

  it('computes no CRC-32 unless asked', async () => {
    expect((await checksumsHere(['sha256'], new Blob(['x']), false, 0)).crc32).toBeUndefined();
    expect((await checksumsHere(['sha512'], new Blob(['x']), false)).crc32).toBeUndefined();
  });

  it('refuses an algorithm it does not have', async () => {
    await expect(checksumsHere(['md5'], new Blob(['x']), false, 0)).rejects.toThrow('No md5 here.');
    await expect(checksumsHere(['md5'], new Blob(['x']), false)).rejects.toThrow('No md5 here.');
  });
});

describe('checksumsOfRanges: several files lying in one Blob, read once', () => {
  it("gives each range's own checksums and size, as Node's crypto does, with or without the digester's own way", async () => {
    const bytes = new Uint8Array(randomBytes(5000));
    const ranges = [
      [0, 1000],
      [1030, 0],
      [1030, 2500],
      [3600, 1400],
    ] as const;
    const blob = new Blob([bytes]);
    const once = await checksumsOfRanges(algs, blob, ranges);
    const oneByOne = await digestRanges({ supports: () => true, digest: webCrypto.digest }, algs, blob, ranges);
    for (const got of [once, oneByOne])
      expect(got.map((c) => [c.sums, c.size])).toEqual(ranges.map(([at, n]) => [expected(bytes.subarray(at, at + n)), n]));
    // Known vectors: "abc" inside other bytes.
    const [abc] = await checksumsOfRanges(['sha256', 'sha512'], new Blob(['xxabcyy']), [[2, 3]]);
    expect(abc!.sums).toEqual([
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
    ]);
  });

  it('refuses a range outside the Blob', async () => {
    await expect(checksumsOfRanges(['sha256'], new Blob(['abc']), [[2, 5]])).rejects.toThrow('outside');
  });
});

describe('checksumsOf a sealed file (the vault lock), opened where it is hashed', () => {
  const key = new Uint8Array(randomBytes(32));
  const aad = utf8('estate:file:blob-1');

  it('opens the stored Blob with a key that only decrypts, and gives the checksums of the opened bytes, as a Blob or as bytes', async () => {
    const bytes = new Uint8Array(randomBytes(300_000));
    const stored = new Blob([await sealBytes(key, bytes, aad)]);
    const opening = { key: await openingKey(key), aad };
    const asBlob = await checksumsOf(algs, stored, { crc32: true, opening, keep: 'blob' });
    expect(asBlob.sums).toEqual(expected(bytes));
    expect(asBlob.crc32).toBe(crc32(bytes));
    expect(asBlob.size).toBe(bytes.byteLength);
    expect(asBlob.bytes).toBeUndefined();
    expect(new Uint8Array(await asBlob.blob!.arrayBuffer())).toEqual(bytes);
    const asBytes = await checksumsOf(algs, stored, { opening, keep: 'bytes' });
    expect(asBytes.sums).toEqual(expected(bytes));
    expect(asBytes.blob).toBeUndefined();
    expect(asBytes.bytes).toEqual(bytes);
  });

  it("refuses a changed byte, another file's additional data, or a key that cannot decrypt", async () => {
    const sealed = await sealBytes(key, new Uint8Array(randomBytes(1000)), aad);
    const opening = { key: await openingKey(key), aad };
    const changed = sealed.slice();
    changed[500]! ^= 1;
    await expect(checksumsOf(algs, new Blob([changed]), { opening })).rejects.toThrow(SealError);
    await expect(checksumsOf(algs, new Blob([sealed]), { opening: { ...opening, aad: utf8('estate:file:blob-2') } })).rejects.toThrow(
      SealError,
    );
    const other = { key: await openingKey(new Uint8Array(randomBytes(32))), aad };
    await expect(checksumsOf(algs, new Blob([sealed]), { opening: other })).rejects.toThrow(SealError);
  });
});

describe('a sealed file whose checksums were recorded when it was sealed (fileSums.ts)', () => {
  const key = new Uint8Array(randomBytes(32));
  const aad = utf8('estate:file:blob-1');
  const sumsAad = utf8('estate:file-sums:blob-1');
  const bag = ['sha256', 'sha512'];
  const bytes = new Uint8Array(randomBytes(20_000));
  const recordedOf = (b: Uint8Array): FileSums => ({
    size: b.byteLength,
    crc32: crc32(b),
    sha256: createHash('sha256').update(b).digest('hex'),
    sha512: createHash('sha512').update(b).digest('hex'),
  });

  it('opens them with the file key: sealed, they show no checksum in the clear', async () => {
    const recorded = recordedOf(bytes);
    const sealed = await sealSums(key, recorded, sumsAad);
    expect(Buffer.from(sealed).toString('latin1')).not.toContain(recorded.sha256);
    expect(await openSums(await openingKey(key), { sealed, aad: sumsAad })).toEqual(recorded);
  });

  it('gives the recorded checksums without hashing the opened bytes (the tag check proves them the same)', async () => {
    const stored = new Blob([await sealBytes(key, bytes, aad)]);
    // Checksums sealed with the key that are not those of the bytes: only a file not hashed again gives them back.
    const other = recordedOf(new Uint8Array(randomBytes(bytes.byteLength)));
    const opening = { key: await openingKey(key), aad, sums: { sealed: await sealSums(key, other, sumsAad), aad: sumsAad } };
    const got = await checksumsOf(bag, stored, { crc32: true, opening, keep: 'blob' });
    expect(got.sums).toEqual([other.sha256, other.sha512]);
    expect(got.crc32).toBe(other.crc32);
    expect(got.size).toBe(bytes.byteLength);
    expect(new Uint8Array(await got.blob!.arrayBuffer())).toEqual(bytes);
    // An algorithm not recorded: the opened bytes are hashed.
    expect((await checksumsOf(['sha1'], stored, { opening })).sums).toEqual([createHash('sha1').update(bytes).digest('hex')]);
  });

  it("refuses changed checksums, another file's, and a recorded size that is not the opened one", async () => {
    const stored = new Blob([await sealBytes(key, bytes, aad)]);
    const opening = { key: await openingKey(key), aad };
    const sealed = await sealSums(key, recordedOf(bytes), sumsAad);
    const changed = sealed.slice();
    changed[20]! ^= 1;
    await expect(checksumsOf(bag, stored, { opening: { ...opening, sums: { sealed: changed, aad: sumsAad } } })).rejects.toThrow(SealError);
    // Another file's checksums: sealed under its own key, with its own id.
    const otherKey = new Uint8Array(randomBytes(32));
    const otherFiles = await sealSums(otherKey, recordedOf(bytes), utf8('estate:file-sums:blob-2'));
    await expect(
      checksumsOf(bag, stored, { opening: { ...opening, sums: { sealed: otherFiles, aad: utf8('estate:file-sums:blob-1') } } }),
    ).rejects.toThrow(SealError);
    // Its own key but another file's id, or the file's own additional data (the file's bytes are not its checksums).
    const underOtherId = await sealSums(key, recordedOf(bytes), utf8('estate:file-sums:blob-2'));
    await expect(checksumsOf(bag, stored, { opening: { ...opening, sums: { sealed: underOtherId, aad: sumsAad } } })).rejects.toThrow(
      SealError,
    );
    await expect(checksumsOf(bag, stored, { opening: { ...opening, sums: { sealed, aad } } })).rejects.toThrow(SealError);
    const wrongSize = await sealSums(key, { ...recordedOf(bytes), size: bytes.byteLength + 1 }, sumsAad);
    await expect(checksumsOf(bag, stored, { opening: { ...opening, sums: { sealed: wrongSize, aad: sumsAad } } })).rejects.toThrow(
      'This file is damaged.',
    );
  });
});
