/// <reference lib="webworker" />
/**
 * Hashes off the page's thread: export and import read and hash here while the page
 * goes on. A Blob is read here, once (or streamed, when large), and every checksum
 * asked for is taken over that one reading (hash.ts says which code computes which);
 * only bytes the page sent come back (transferred, not copied): a Blob's bytes never
 * travel to the page, which keeps using the Blob itself. A sealed file (the vault
 * lock) is read and opened here too, with a key that only decrypts, and comes back
 * as a Blob made here (or its bytes, transferred, when asked); its checksums recorded
 * when it was sealed are opened here with it instead of hashing it (fileSums.ts).
 */

import { SealError } from '../vault/crypto';
import { type ByteRange, type Checksums, checksumsOf, checksumsOfRanges, type DigestOptions } from './hash';

self.onmessage = async (
  event: MessageEvent<{ id: number; algs: string[]; options?: DigestOptions; input: Uint8Array | Blob; ranges?: ByteRange[] }>,
) => {
  const { id, algs, options, input, ranges } = event.data;
  const post = (
    message: { id: number; error?: string; sealError?: boolean; results?: Checksums[] } & Partial<Checksums>,
    transfer: Transferable[] = [],
  ) => (self as unknown as Worker).postMessage(message, transfer);
  try {
    // Several files of one Blob (consecutive files of a ZIP), read once; only their checksums go back.
    if (ranges) return post({ id, results: await checksumsOfRanges(algs, input as Blob, ranges) });
    const result = await checksumsOf(algs, input, options);
    post({ id, ...result }, result.bytes ? [result.bytes.buffer] : []);
  } catch (e) {
    post({ id, error: e instanceof Error ? e.message : String(e), sealError: e instanceof SealError });
  }
};
