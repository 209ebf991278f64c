/// <reference lib="webworker" />
/**
 * Hashes off the main thread: in Chromium, WebCrypto's digest runs on the calling
 * thread, so export and import read and hash here while the page goes on. A Blob is
 * read here, once, and every checksum asked for is taken over that one reading; only
 * bytes the page sent come back (transferred, not copied): a Blob's bytes never
 * travel to the page, which keeps using the Blob itself.
 */
import { bytesOf, checksumsHere } from './hash';

self.onmessage = async (event: MessageEvent<{ id: number; algs: string[]; crc32: boolean; input: Uint8Array | Blob }>) => {
  const { id, algs, crc32, input } = event.data;
  try {
    const bytes = await bytesOf(input);
    const sums = await checksumsHere(algs, bytes, crc32);
    if (input instanceof Blob) (self as unknown as Worker).postMessage({ id, ...sums, size: bytes.byteLength });
    else (self as unknown as Worker).postMessage({ id, ...sums, size: bytes.byteLength, bytes }, [bytes.buffer]);
  } catch (e) {
    (self as unknown as Worker).postMessage({ id, error: String(e) });
  }
};
