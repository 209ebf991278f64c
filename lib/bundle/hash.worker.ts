/// <reference lib="webworker" />
/**
 * Hashes off the page's thread: export and import read and hash here while the page
 * goes on. A Blob is read here, once (or streamed, when large), and every checksum
 * asked for is taken over that one reading (hash.ts says which code computes which);
 * only bytes the page sent come back (transferred, not copied): a Blob's bytes never
 * travel to the page, which keeps using the Blob itself.
 */
import { checksumsHere } from './hash';

self.onmessage = async (event: MessageEvent<{ id: number; algs: string[]; crc32: boolean; input: Uint8Array | Blob }>) => {
  const { id, algs, crc32, input } = event.data;
  try {
    const sums = await checksumsHere(algs, input, crc32);
    if (input instanceof Blob) (self as unknown as Worker).postMessage({ id, ...sums });
    else (self as unknown as Worker).postMessage({ id, ...sums, bytes: input }, [input.buffer]);
  } catch (e) {
    (self as unknown as Worker).postMessage({ id, error: String(e) });
  }
};
