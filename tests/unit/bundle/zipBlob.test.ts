/**
 * The bundle's ZIP (lib/bundle/zipBlob.ts) made of parts, or written as one stream
 * (the vault lock's way, which Chromium pages to disk): the same bytes, which unzip
 * to the same files; an item's error is thrown in its own words either way.
 */
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type ZipItem, zipBlob } from '../../../lib/bundle/zipBlob';
import { unzip } from '../../fixtures/bags';

const enc = new TextEncoder();
const mtime = new Date('2026-03-12T12:00:00');
const big = new Uint8Array(300_000).map((_, i) => (i * 7) % 251);

async function* items(fail?: string): AsyncGenerator<ZipItem> {
  yield { name: 'bag/bagit.txt', data: enc.encode('BagIt-Version: 1.0\n'), crc32: crc32(enc.encode('BagIt-Version: 1.0\n')) };
  yield { name: 'bag/data/a.bin', data: new Blob([big]), crc32: crc32(big) };
  if (fail) throw new Error(fail);
  yield { name: 'bag/data/b.bin', data: big.slice(), crc32: crc32(big) };
}

describe('zipBlob', () => {
  it('gives the same ZIP made of parts or written as a stream', async () => {
    const parts = await zipBlob(items(), mtime);
    const streamed = await zipBlob(items(), mtime, { streamed: true });
    expect(streamed.type).toBe('application/zip');
    const bytes = new Uint8Array(await streamed.arrayBuffer());
    expect(bytes).toEqual(new Uint8Array(await parts.arrayBuffer()));
    const files = unzip(bytes);
    expect(Object.keys(files)).toEqual(['bag/bagit.txt', 'bag/data/a.bin', 'bag/data/b.bin']);
    expect(files['bag/data/b.bin']).toEqual(big);
  });

  it.each([false, true])('throws an item’s error in its own words (streamed: %s)', async (streamed) => {
    await expect(zipBlob(items('The file of "Bill" is missing.'), mtime, { streamed })).rejects.toThrow('The file of "Bill" is missing.');
  });
});
