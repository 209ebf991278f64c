/// <reference lib="webworker" />
/**
 * Hashes off the main thread: in Chromium, WebCrypto's digest runs on the calling
 * thread, so export and import hash here while the page reads and zips the next
 * file. The buffer comes in and goes back transferred (no copies).
 */
import { checksumsHere } from './hash';

self.onmessage = async (event: MessageEvent<{ id: number; algs: string[]; crc32: boolean; bytes: Uint8Array }>) => {
  const { id, algs, crc32, bytes } = event.data;
  try {
    (self as unknown as Worker).postMessage({ id, ...(await checksumsHere(algs, bytes, crc32)), bytes }, [bytes.buffer]);
  } catch (e) {
    (self as unknown as Worker).postMessage({ id, error: String(e), bytes }, [bytes.buffer]);
  }
};
