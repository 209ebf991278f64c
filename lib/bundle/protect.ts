/**
 * Protected bundles, for family: the very same bag (its folder, data/..., the
 * manifests) in a standard WinZip AES-256 ZIP (AE-2: each file encrypted with
 * AES-256 in CTR mode and authenticated with HMAC-SHA1, under a key derived from the
 * passphrase with PBKDF2). 7-Zip (Windows), Keka or The Unarchiver (Mac) and `7z x`
 * (Linux) open it with the passphrase; after that `sha256sum -c manifest-sha256.txt`
 * works as on a plain bundle. What the format leaves visible without the passphrase:
 * the names and sizes of the files (the ZIP's table of contents is not encrypted).
 *
 * zip.js does the encryption in plain JavaScript on this thread (its core build: no
 * worker, no WebAssembly) and the key derivation through WebCrypto, so the
 * extension's content security policy needs nothing more. Both directions stream,
 * one file at a time: a 500 MB bundle is never whole in memory.
 */
// The same build as zip.ts, which configures it (no workers) when imported below.
import * as zip from '@zip.js/zip.js/lib/zip-core-custom.js';
import { t } from '../i18n';
import { MIN_PASSPHRASE_LENGTH, passphraseLength } from '../vault/strength';
import { Refusal, refuseAs } from './refusal';
import { defaultLimits, readZip, type ZipEntry, type ZipLimits } from './zip';
import type { ZipItem } from './zipBlob';

/** zip.js's encryptionStrength for AES-256 (1 and 2 are AES-128 and AES-192). */
const AES_256 = 3;

/** The bundle is protected and no passphrase was given: ask for it. Nothing was written. */
export class PassphraseNeeded extends Refusal {}

/** The passphrase does not open the bundle. Nothing was written. */
export class WrongPassphrase extends Refusal {}

/** Refuses an empty or too short passphrase before anything is made. */
export function assertUsablePassphrase(passphrase: string): void {
  if (passphraseLength(passphrase) < MIN_PASSPHRASE_LENGTH) throw new Error(t('errors.passphraseTooShort', { min: MIN_PASSPHRASE_LENGTH }));
}

/**
 * A ZIP of the items with every file encrypted (AES-256, AE-2, stored without
 * compression like the plain bundle), as a stream. The next item is asked for only
 * once the current one is written and the reader has taken what it needs, so one
 * item waits in memory at a time. An error of the items errors the stream.
 */
export function protectedZipStream(
  items: AsyncIterator<ZipItem>,
  passphrase: string,
  mtime: Date,
): ReadableStream<Uint8Array<ArrayBuffer>> {
  assertUsablePassphrase(passphrase);
  let output!: TransformStreamDefaultController<Uint8Array<ArrayBuffer>>;
  const { readable, writable } = new TransformStream<Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>>({
    start: (controller) => {
      output = controller;
    },
  });
  const writer = new zip.ZipWriter(writable, {
    password: passphrase,
    encryptionStrength: AES_256,
    zipCrypto: false,
    level: 0,
    lastModDate: mtime,
    useWebWorkers: false,
  });
  (async () => {
    try {
      for (let next = await items.next(); !next.done; next = await items.next()) {
        const { name, data } = next.value;
        // A stored file is read by zip.js a piece at a time, as it encrypts.
        const reader = data instanceof Blob ? new zip.BlobReader(data) : new zip.Uint8ArrayReader(data);
        if ((data instanceof Blob ? data.size : data.byteLength) > 0) await writer.add(name, reader);
        // zip.js writes an empty file without its salt, check and code, which 7-Zip calls a
        // broken header: those 28 bytes are made here and written as they are.
        else
          await writer.add(name, new zip.Uint8ArrayReader(await emptyFileAes256(passphrase)), {
            passThrough: true,
            encrypted: true,
            compressionMethod: 0,
            uncompressedSize: 0,
          });
      }
      await writer.close();
    } catch (error) {
      // The reader sees the error (or has cancelled already); the items stop.
      output.error(error);
      await items.return?.(undefined)?.catch(() => {});
    }
  })();
  return readable;
}

/**
 * The stored bytes of an empty file in WinZip AES-256: a random 16-byte salt, the
 * 2-byte passphrase check and the first 10 bytes of the HMAC-SHA1 of no data, with
 * the keys PBKDF2-HMAC-SHA1 (1,000 rounds, as the format fixes) derives from the
 * passphrase (UTF-8) and the salt.
 */
export async function emptyFileAes256(passphrase: string): Promise<Uint8Array<ArrayBuffer>> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveBits']);
  const keys = new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', salt, iterations: 1000, hash: 'SHA-1' }, base, 66 * 8));
  const auth = await crypto.subtle.importKey('raw', keys.slice(32, 64), { name: 'HMAC', hash: 'SHA-1' }, false, ['sign']);
  const code = new Uint8Array(await crypto.subtle.sign('HMAC', auth, new Uint8Array(0))).slice(0, 10);
  const out = new Uint8Array(16 + 2 + 10);
  out.set(salt);
  out.set(keys.slice(64, 66), 16);
  out.set(code, 18);
  return out;
}

export interface UnprotectOptions {
  passphrase?: string;
  limits?: ZipLimits;
  onProgress?: (done: number, total: number) => void;
}

/**
 * A protected bundle's ZIP decrypted into a plain one (stored, a Blob the browser may
 * keep on disk), with its entries read and checked again by readZip: from there the
 * import checks it exactly as a plain bundle. The entries are those readZip gave for
 * the protected file (each reads its own bytes from it). Throws PassphraseNeeded, WrongPassphrase or another Refusal.
 */
export async function unprotect(entries: readonly ZipEntry[], opts: UnprotectOptions = {}): Promise<{ file: Blob; entries: ZipEntry[] }> {
  const { passphrase } = opts;
  const files = entries.filter((e) => e.encrypted);
  if (!passphrase) throw new PassphraseNeeded('This bundle is protected with a passphrase: type it to open the bundle.');
  // Each file carries a 2-byte check of the passphrase: a quick answer before anything is decrypted.
  if (files[0])
    await decryptOrExplain(files[0], () =>
      files[0]!.source.getData(new WritableStream(), { password: passphrase, checkPasswordOnly: true }),
    );

  let output!: TransformStreamDefaultController<Uint8Array>;
  const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>({
    start: (controller) => {
      output = controller;
    },
  });
  // The browser keeps a large Blob made from a stream on disk, not in the page's memory.
  const plain = new Response(readable).blob();
  plain.catch(() => {}); // its error is the one thrown below
  const writer = new zip.ZipWriter(writable, { level: 0, useWebWorkers: false });
  const total = files.reduce((n, e) => n + e.size, 0);
  let done = 0;
  try {
    for (const entry of entries) {
      if (!entry.encrypted) {
        // Only folders are left unencrypted (readZip refuses plain files beside encrypted ones).
        await writer.add(entry.name, undefined, { directory: true });
        continue;
      }
      const pipe = new TransformStream<Uint8Array, Uint8Array>();
      const adding = writer.add(entry.name, pipe.readable, { uncompressedSize: entry.size });
      adding.catch(() => {}); // the decryption's error says more, and is the one thrown
      await decryptOrExplain(entry, () =>
        entry.source.getData(pipe.writable, {
          password: passphrase,
          onprogress: async (n) => opts.onProgress?.(done + n, total),
        }),
      );
      await adding;
      done += entry.size;
      opts.onProgress?.(done, total);
    }
    await writer.close();
  } catch (error) {
    output.error(error);
    throw error;
  }
  const decrypted = await plain;
  return { file: decrypted, entries: await readZip(decrypted, opts.limits ?? defaultLimits) };
}

/** Runs a decryption of the entry, and says in plain words why it failed. */
async function decryptOrExplain<T>(entry: ZipEntry, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const message = (error as Error)?.message;
    if (message === zip.ERR_INVALID_PASSWORD)
      throw new WrongPassphrase(
        'That passphrase does not open this bundle. Check it with the person who gave it to you (capital letters and spaces count), and try again.',
      );
    if (message === zip.ERR_INVALID_AUTHENTICATION_CODE)
      refuseAs(
        'damaged',
        `The file "${entry.name}" does not open with this passphrase: it was changed or damaged after it was protected, or the passphrase is not exactly right.`,
      );
    if (message === zip.ERR_INVALID_UNCOMPRESSED_SIZE || message === zip.ERR_INVALID_CRC32)
      refuseAs('damaged', `The file "${entry.name}" is damaged (it does not unpack to what the ZIP says).`);
    if (error instanceof Refusal) throw error;
    refuseAs('damaged', `The file "${entry.name}" could not be opened: ${message}`);
  }
}
