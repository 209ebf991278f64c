/**
 * Checksums of a bundle's files: SHA-256 and SHA-512 (BagIt's manifests) and the
 * ZIP's CRC-32, all over one reading of each file, in a hashing worker.
 *
 * Which code computes what (measured on the project's 2-core x86-64 machine, which
 * has the SHA-256 instructions, SHA-NI, and none for SHA-512):
 * - SHA-256 and SHA-1 through WebCrypto: native code using those instructions
 *   (OpenSSL's SHA-256 ~1.8 GB/s; hash-wasm's WebAssembly about a quarter of WebCrypto's).
 * - SHA-512 and SHA-384 through hash-wasm: with no SHA-512 instructions,
 *   WebAssembly runs at ~0.9x WebCrypto's native code (Node, same V8). What decides
 *   is where it runs: Chromium's WebCrypto (components/webcrypto) runs every
 *   operation of a renderer process on one "WebCrypto" thread, whichever worker
 *   asks, so with everything through WebCrypto the two hashing workers wait on one
 *   core. Now that thread does the SHA-256 while each worker does its file's SHA-512
 *   (and CRC-32) itself. Measured again in Chromium 156 (two dedicated workers at
 *   once): WebCrypto's digests from two workers ran 1.6-1.7x as fast as from one
 *   (SHA-256 1,400 MB/s against 830; SHA-512 630 against 400), so that version does
 *   not queue them on one thread; hash-wasm's SHA-512 ran at 376 MB/s against
 *   WebCrypto's 398. Moving SHA-512 to WebCrypto changed no figure a loaded machine
 *   could show (importing 500 MB under load: 3.8-4.4 CPU-seconds with it, 4.2-4.4
 *   without), so it stays here.
 * - A file larger than WHOLE_FILE_LIMIT is not read whole (WebCrypto needs the
 *   whole input at once): it streams through hash-wasm's incremental hashes, chunk
 *   by chunk, so memory stays bounded whatever the file's size.
 * - A sealed file (the vault lock) whose checksums were recorded when it was sealed
 *   is opened, and its checksums opened, but its bytes are not hashed again: the
 *   tag check of AES-GCM proves they are the bytes those checksums were taken of
 *   (fileSums.ts says why that is sound). One sealed before they were recorded is
 *   hashed once opened, like a plain file.
 */
import { createCRC32, createSHA1, createSHA256, createSHA384, createSHA512, type IHasher } from 'hash-wasm';
import { openBytesWith, SealError } from '../vault/crypto';
import { type FileOpening, type FileSums, openSums } from './fileSums';
import { canDigest, digestHex } from './hex';

/** Files up to this size are read whole and hashed natively where that is faster; larger ones are streamed. */
export const WHOLE_FILE_LIMIT = 64 * 1024 * 1024;

/** hash-wasm's incremental hashes, by BagIt algorithm name. */
const incremental: Record<string, () => Promise<IHasher>> = {
  sha1: createSHA1,
  sha256: createSHA256,
  sha384: createSHA384,
  sha512: createSHA512,
};
/** The 64-bit SHA-2 hashes: computed by hash-wasm on the worker's own thread (see above). */
const onThisThread = new Set(['sha384', 'sha512']);

/** Checksums of one file: BagIt's (lowercase hex, in the order asked) and, when asked, the ZIP's CRC-32. */
export interface Checksums {
  sums: string[];
  crc32?: number;
  /** The file's size in bytes. */
  size: number;
  /**
   * When the input was bytes: the same bytes, possibly as a new view (they may have
   * travelled to a worker and back). A Blob's bytes are not handed back, except
   * those of a sealed file, opened (see DigestOptions.keep).
   */
  bytes?: Uint8Array;
  /** A sealed file, opened, as a Blob made where it was opened (DigestOptions.keep 'blob'). */
  blob?: Blob;
}

/** What digestAll is told besides the algorithms. */
export interface DigestOptions {
  /** The ZIP's CRC-32 too. */
  crc32?: boolean;
  /**
   * The input is a sealed file's stored Blob: it is opened with this first, where it is
   * hashed; when its checksums were recorded as it was sealed, they are opened and given
   * instead of hashing it again (fileSums.ts).
   */
  opening?: FileOpening;
  /**
   * How an opened file comes back: as a Blob made where it was opened (its bytes never
   * pass through the page; Chromium keeps such a Blob in memory), or as bytes.
   */
  keep?: 'blob' | 'bytes';
}

/** Computes checksums, lowercase hex, for BagIt algorithm names (manifest-<name>.txt). */
export interface Digester {
  supports(alg: string): boolean;
  digest(alg: string, bytes: Uint8Array): Promise<string>;
  /** Several algorithms over one file's bytes, possibly elsewhere (a Blob is read, and a sealed one opened, there too). */
  digestAll?(algs: string[], input: Uint8Array | Blob, options?: DigestOptions): Promise<Checksums>;
  /** digestAll over each range of one Blob, read once (see checksumsOfRanges). */
  digestRanges?(algs: string[], blob: Blob, ranges: readonly ByteRange[]): Promise<Checksums[]>;
}

/** Where some bytes lie in a Blob: their offset and their length. */
export type ByteRange = readonly [offset: number, length: number];

/** The ZIP's CRC-32 of the bytes (hash-wasm, loaded when first needed). */
export async function crc32Of(bytes: Uint8Array): Promise<number> {
  return (await import('./crc32')).crc32Of(bytes);
}

/**
 * Several checksums (and the CRC-32 when asked) over one reading of the input, on
 * this thread and Chromium's WebCrypto thread at once (see the top of this file).
 * A Blob up to `wholeLimit` bytes is read whole; a larger one is streamed.
 */
export async function checksumsHere(
  algs: string[],
  input: Uint8Array | Blob,
  withCrc32: boolean,
  wholeLimit = WHOLE_FILE_LIMIT,
): Promise<Omit<Checksums, 'bytes'>> {
  if (input instanceof Blob && input.size > wholeLimit) return streamed(algs, input, withCrc32);
  const bytes = await bytesOf(input);
  // WebCrypto's hashes are started first: they run on its own thread while this one computes the rest.
  const native = algs.map((alg) => (onThisThread.has(alg) || !canDigest(alg) ? undefined : digestHex(alg, bytes)));
  const here: Array<string | undefined> = [];
  for (const [i, alg] of algs.entries()) {
    if (native[i]) continue;
    const hasher = await hasherFor(alg);
    here[i] = hasher.update(bytes).digest('hex');
  }
  const crc32 = withCrc32 ? await crc32Of(bytes) : undefined;
  const sums = await Promise.all(algs.map((_, i) => native[i] ?? here[i]!));
  return { sums, crc32, size: bytes.byteLength };
}

/**
 * checksumsHere, after opening the input when it is a sealed file (DigestOptions):
 * what the hashing worker runs. The bytes it was given come back as they came.
 */
export async function checksumsOf(algs: string[], input: Uint8Array | Blob, options: DigestOptions = {}): Promise<Checksums> {
  const { crc32 = false, opening, keep = 'bytes' } = options;
  if (!opening) return { ...(await checksumsHere(algs, input, crc32)), ...(input instanceof Blob ? {} : { bytes: input }) };
  const [bytes, recorded] = await Promise.all([openedBytes(input, opening), opening.sums && openSums(opening.key, opening.sums)]);
  const sums = (recorded && recordedChecksums(algs, recorded, bytes.byteLength, crc32)) ?? (await checksumsHere(algs, bytes, crc32));
  return keep === 'blob' ? { ...sums, blob: new Blob([bytes]) } : { ...sums, bytes };
}

/**
 * The checksums recorded when a file was sealed, in the order asked (undefined when one
 * asked for was not recorded: the file is hashed then). Both the file and these opened,
 * so both are as they were sealed; a size that differs all the same is refused as damage.
 */
function recordedChecksums(algs: string[], recorded: FileSums, size: number, withCrc32: boolean): Omit<Checksums, 'bytes'> | undefined {
  if (recorded.size !== size) throw new SealError('This file is damaged.');
  const known: Record<string, string> = { sha256: recorded.sha256, sha512: recorded.sha512 };
  if (!algs.every((alg) => alg in known)) return undefined;
  return { sums: algs.map((alg) => known[alg]!), crc32: withCrc32 ? recorded.crc32 : undefined, size };
}

/**
 * The checksums of several files that lie one after another in one Blob (stored files
 * of a ZIP), the Blob read once: one reading of a few tens of MB costs the browser far
 * less than one reading per file (measured: 500 MB of a chosen file read as 5 MB
 * slices took the browser's processes 2.2 CPU-seconds and 2.1-3.0 s, as 40 MB slices
 * 1.5 CPU-seconds and 1.1-1.3 s, each slice's parts hashed with SHA-256 alike).
 */
export async function checksumsOfRanges(algs: string[], blob: Blob, ranges: readonly ByteRange[]): Promise<Checksums[]> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const out: Checksums[] = [];
  for (const [at, length] of ranges) {
    if (at < 0 || at + length > bytes.byteLength) throw new Error('A range lies outside the bytes read.'); // not shown to the user
    out.push(await checksumsHere(algs, bytes.subarray(at, at + length), false));
  }
  return out;
}

/** A sealed file's stored Blob, read and opened (AES-GCM: a changed byte refuses the whole file). */
function openedBytes(input: Uint8Array | Blob, opening: FileOpening): Promise<Uint8Array<ArrayBuffer>> {
  if (!(input instanceof Blob)) throw new Error('A sealed file is opened from its stored Blob.'); // not shown to the user
  return input.arrayBuffer().then((sealed) => openBytesWith(opening.key, new Uint8Array(sealed), opening.aad));
}

async function hasherFor(alg: string): Promise<IHasher> {
  const create = incremental[alg];
  if (!create) throw new Error(`No ${alg} here.`);
  return (await create()).init();
}

/** Every checksum by hash-wasm's incremental hashes, the Blob read chunk by chunk (bounded memory). */
async function streamed(algs: string[], blob: Blob, withCrc32: boolean): Promise<Omit<Checksums, 'bytes'>> {
  const hashers = await Promise.all(algs.map(hasherFor));
  const crc = withCrc32 ? (await createCRC32()).init() : undefined;
  let size = 0;
  for await (const chunk of blob.stream() as unknown as AsyncIterable<Uint8Array>) {
    for (const h of hashers) h.update(chunk);
    crc?.update(chunk);
    size += chunk.byteLength;
  }
  return {
    sums: hashers.map((h) => h.digest('hex')),
    crc32: crc ? Number.parseInt(crc.digest('hex'), 16) : undefined,
    size,
  };
}

interface Job {
  resolve: (v: Checksums | Checksums[]) => void;
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
      e: MessageEvent<{ id: number; error?: string; sealError?: boolean; results?: Checksums[] } & Partial<Checksums>>,
    ) => {
      const p = pending.get(e.data.id);
      pending.delete(e.data.id);
      if (e.data.error) p?.reject(e.data.sealError ? new SealError(e.data.error) : new Error(e.data.error));
      else if (e.data.results) p?.resolve(e.data.results);
      else p?.resolve({ sums: e.data.sums!, crc32: e.data.crc32, size: e.data.size!, bytes: e.data.bytes, blob: e.data.blob });
    };
    return { worker, pending };
  });
  return workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
}

/** SHA-1, SHA-256, SHA-384 and SHA-512 (not MD5 or SHA-224), as the top of this file says, in a hashing worker when there is one. */
export const webCrypto: Digester = {
  supports: canDigest,
  digest: digestHex,
  async digestAll(algs, input, options = {}) {
    const w = hashWorker();
    if (!w) return checksumsOf(algs, input, options);
    // A Blob is passed by reference and read in the worker: the page never copies the file.
    // Bytes are handed over without a copy when the buffer is exactly these bytes.
    const own = input instanceof Blob || (input.byteOffset === 0 && input.byteLength === input.buffer.byteLength) ? input : input.slice();
    const id = nextId++;
    return new Promise((resolve, reject) => {
      w.pending.set(id, { resolve: resolve as Job['resolve'], reject });
      w.worker.postMessage({ id, algs, options, input: own }, own instanceof Blob ? [] : [own.buffer]);
    });
  },
  async digestRanges(algs, blob, ranges) {
    const w = hashWorker();
    if (!w) return checksumsOfRanges(algs, blob, ranges);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      w.pending.set(id, { resolve: resolve as Job['resolve'], reject });
      w.worker.postMessage({ id, algs, input: blob, ranges });
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
  options: DigestOptions = {},
): Promise<Checksums> {
  if (digester.digestAll) return digester.digestAll(algs, input, options);
  const bytes = options.opening ? await openedBytes(input, options.opening) : await bytesOf(input);
  const sums: string[] = [];
  for (const a of algs) sums.push(await digester.digest(a, bytes));
  const opened = options.opening && options.keep === 'blob' ? { blob: new Blob([bytes as Uint8Array<ArrayBuffer>]) } : undefined;
  return {
    sums,
    crc32: options.crc32 ? await crc32Of(bytes) : undefined,
    size: bytes.byteLength,
    ...(opened ?? (input instanceof Blob && !options.opening ? {} : { bytes })),
  };
}

/** The checksums of each range of the Blob: read once when the digester can, else one range after another. */
export async function digestRanges(digester: Digester, algs: string[], blob: Blob, ranges: readonly ByteRange[]): Promise<Checksums[]> {
  if (digester.digestRanges) return digester.digestRanges(algs, blob, ranges);
  const out: Checksums[] = [];
  for (const [at, length] of ranges) out.push(await digestAll(digester, algs, blob.slice(at, at + length)));
  return out;
}
