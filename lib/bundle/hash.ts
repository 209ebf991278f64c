/**
 * Checksums through WebCrypto (native, the same in Chromium and Node). WebCrypto is
 * not incremental, so a file is read once, whole, and each checksum taken over that
 * buffer (native SHA-256 and SHA-512 beat incremental WebAssembly ones several times
 * over). (A streaming hash for files of several hundred MB would need a library such
 * as @noble/hashes; evidence files are captures and documents, a few MB each.)
 */
import { canDigest, digestHex } from '../evidence/hash';

/** Checksums of one file: BagIt's (lowercase hex, in the order asked) and, when asked, the ZIP's CRC-32. */
export interface Checksums {
  sums: string[];
  crc32?: number;
  /** The file's size in bytes. */
  size: number;
  /**
   * When the input was bytes: the same bytes, possibly as a new view (they may have
   * travelled to a worker and back). A Blob's bytes are not handed back.
   */
  bytes?: Uint8Array;
}

/** Computes checksums, lowercase hex, for BagIt algorithm names (manifest-<name>.txt). */
export interface Digester {
  supports(alg: string): boolean;
  digest(alg: string, bytes: Uint8Array): Promise<string>;
  /** Several algorithms over one file's bytes, possibly elsewhere (a Blob is read there too). */
  digestAll?(algs: string[], input: Uint8Array | Blob, options?: { crc32?: boolean }): Promise<Checksums>;
}

/** The ZIP's CRC-32 of the bytes (hash-wasm, loaded when first needed). */
export async function crc32Of(bytes: Uint8Array): Promise<number> {
  return (await import('./crc32')).crc32Of(bytes);
}

/** Several checksums over one buffer, one after another, on this thread. */
export async function checksumsHere(algs: string[], bytes: Uint8Array, withCrc32: boolean): Promise<Omit<Checksums, 'bytes' | 'size'>> {
  const sums: string[] = [];
  for (const alg of algs) sums.push(await digestHex(alg, bytes));
  return { sums, crc32: withCrc32 ? await crc32Of(bytes) : undefined };
}

interface Job {
  resolve: (v: Checksums) => void;
  reject: (e: Error) => void;
}

/**
 * The hashing workers: one a core (two at most: the page, reading from IndexedDB and
 * the browser writing the files take the rest), each given the next file when it
 * has the fewest waiting, so that two files are read and hashed at once on two cores.
 */
interface HashWorker {
  worker: Worker;
  pending: Map<number, Job>;
}
let workers: HashWorker[] | undefined;
let nextId = 0;

function hashWorker(): HashWorker | undefined {
  if (typeof Worker === 'undefined' || typeof document === 'undefined') return undefined;
  workers ??= Array.from({ length: Math.max(1, Math.min(2, navigator.hardwareConcurrency || 1)) }, () => {
    const worker = new Worker(new URL('./hash.worker.ts', import.meta.url), { type: 'module' });
    const pending = new Map<number, Job>();
    worker.onmessage = (
      e: MessageEvent<{ id: number; sums?: string[]; crc32?: number; size: number; error?: string; bytes?: Uint8Array }>,
    ) => {
      const p = pending.get(e.data.id);
      pending.delete(e.data.id);
      if (e.data.error) p?.reject(new Error(e.data.error));
      else p?.resolve({ sums: e.data.sums!, crc32: e.data.crc32, size: e.data.size, bytes: e.data.bytes });
    };
    return { worker, pending };
  });
  return workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
}

/** The browser's own hashes (MD5 and SHA-224 are not in WebCrypto), in a worker when there is one. */
export const webCrypto: Digester = {
  supports: canDigest,
  digest: digestHex,
  async digestAll(algs, input, { crc32 = false } = {}) {
    const w = hashWorker();
    if (!w) {
      const bytes = await bytesOf(input);
      return { ...(await checksumsHere(algs, bytes, crc32)), size: bytes.byteLength, ...(input instanceof Blob ? {} : { bytes }) };
    }
    // A Blob is passed by reference and read in the worker: the page never copies the file.
    // Bytes are handed over without a copy when the buffer is exactly these bytes.
    const own = input instanceof Blob || (input.byteOffset === 0 && input.byteLength === input.buffer.byteLength) ? input : input.slice();
    const id = nextId++;
    return new Promise((resolve, reject) => {
      w.pending.set(id, { resolve, reject });
      w.worker.postMessage({ id, algs, crc32, input: own }, own instanceof Blob ? [] : [own.buffer]);
    });
  },
};

export async function bytesOf(input: Uint8Array | Blob): Promise<Uint8Array> {
  return input instanceof Blob ? new Uint8Array(await input.arrayBuffer()) : input;
}

/** digestAll through the digester's own way, or one algorithm after another. */
export async function digestAll(
  digester: Digester,
  algs: string[],
  input: Uint8Array | Blob,
  options: { crc32?: boolean } = {},
): Promise<Checksums> {
  if (digester.digestAll) return digester.digestAll(algs, input, options);
  const bytes = await bytesOf(input);
  const sums: string[] = [];
  for (const a of algs) sums.push(await digester.digest(a, bytes));
  return {
    sums,
    crc32: options.crc32 ? await crc32Of(bytes) : undefined,
    size: bytes.byteLength,
    ...(input instanceof Blob ? {} : { bytes }),
  };
}
