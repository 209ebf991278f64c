/**
 * The ZIP's CRC-32, by hash-wasm (WebAssembly: ~1.4 GB/s in Chromium here, against
 * ~0.4 GB/s for the fastest JavaScript). Its own module, loaded when first needed.
 */
import { crc32 } from 'hash-wasm';

export async function crc32Of(bytes: Uint8Array): Promise<number> {
  return Number.parseInt(await crc32(bytes), 16);
}
