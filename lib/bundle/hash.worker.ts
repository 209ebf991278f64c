/// <reference lib="webworker" />
/**
 * Hashes off the main thread: in Chromium, WebCrypto's digest runs on the calling
 * thread, so export and import hash here while the page reads and zips the next
 * file. The buffer comes in and goes back transferred (no copies).
 */
import { digestHex } from './hash';

self.onmessage = async (event: MessageEvent<{ id: number; algs: string[]; bytes: Uint8Array }>) => {
  const { id, algs, bytes } = event.data;
  try {
    const sums: string[] = [];
    for (const alg of algs) sums.push(await digestHex(alg, bytes));
    (self as unknown as Worker).postMessage({ id, sums, bytes }, [bytes.buffer]);
  } catch (e) {
    (self as unknown as Worker).postMessage({ id, error: String(e), bytes }, [bytes.buffer]);
  }
};
