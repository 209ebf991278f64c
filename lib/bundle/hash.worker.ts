/// <reference lib="webworker" />
/**
 * Hashes off the main thread: in Chromium, WebCrypto's digest runs on the calling
 * thread, so export and import read and hash here while the page zips or checks the
 * next file. A Blob is read here; the bytes go back transferred (no copies).
 */
import { bytesOf, checksumsHere } from './hash';

self.onmessage = async (event: MessageEvent<{ id: number; algs: string[]; crc32: boolean; input: Uint8Array | Blob }>) => {
  const { id, algs, crc32, input } = event.data;
  try {
    const bytes = await bytesOf(input);
    (self as unknown as Worker).postMessage({ id, ...(await checksumsHere(algs, bytes, crc32)), bytes }, [bytes.buffer]);
  } catch (e) {
    (self as unknown as Worker).postMessage({ id, error: String(e) });
  }
};
