/**
 * The checksums of a bundle's files (lib/bundle/hash.ts): read whole (WebCrypto's
 * SHA-256 with hash-wasm's SHA-512 beside it) or streamed chunk by chunk (hash-wasm
 * alone, for files too large to read whole), the answers are the same, and they are
 * the ones Node's own crypto and zlib give.
 */
import { createHash, randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checksumsHere } from '../../../lib/bundle/hash';

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
