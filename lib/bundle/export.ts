/**
 * Export: the case (or one account) as one BagIt bag in a ZIP. Each evidence file is
 * read and hashed in a hashing worker (SHA-256, SHA-512 and the ZIP's CRC-32 over
 * one reading of the file, off the page's thread), two files at once on two cores;
 * the files that need those hashes (case.json, report.html, the manifests) come
 * after them. The page never holds a plain file's bytes: the ZIP is a Blob whose
 * parts are the stored files themselves (zipBlob.ts), so the browser reads them
 * from disk when it writes the download. With the vault lock on, each file is opened
 * in the hashing worker (given a key that only decrypts) and comes back as a Blob
 * made there. Its checksums are not computed again: they were taken when the file
 * was sealed and are opened with it, AES-GCM proving the opened bytes are the ones
 * they were taken of (lib/checksums/fileSums.ts; a file sealed before they were kept
 * is hashed there). A plain file is hashed at every export: nothing else shows its
 * stored bytes unchanged. Above SEALED_IN_MEMORY the ZIP is written as a stream the
 * browser keeps on disk, the sealed files opened into bytes on the page, so only the
 * files being opened are in memory, whatever the bundle's size.
 *
 * The parts: gather.ts (the records), layout.ts (names and paths), zipBlob.ts
 * (the ZIP), protect.ts (the same bag in a ZIP encrypted with a passphrase),
 * readAhead.ts (the next files hashed meanwhile); this file puts them together.
 */
import { BAG_ALGORITHMS, type FileOpening } from '../checksums/fileSums';
import { checksumsOf, crc32Of, digestAll, webCrypto } from '../checksums/hash';
import { localDate, localTimeZone } from '../dates';
import { storedFile } from '../db/files';
import { t } from '../i18n';
import { SealError } from '../vault/crypto';
import { usesKey } from '../vault/state';
import { bagInfoText, bagitText, manifestText } from './bagit';
import { complaintFiles } from './complaints';
import { type GatherOptions, gatherCase } from './gather';
import { bundleFileName, type PlannedFile, planFiles, providerNameFor } from './layout';
import { assertUsablePassphrase, protectedZipStream } from './protect';
import { readAhead } from './readAhead';
import { renderReport } from './report';
import { BundleCase } from './schema';
import { assertFitsInZip, type ZipItem, zipBlob } from './zipBlob';

export interface ExportOptions extends GatherOptions {
  now?: Date;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  /** Protect the bundle with this passphrase (an AES-256 ZIP, for family); plain when absent. */
  passphrase?: string;
  /** The time zone the report's times are written in (the computer's when absent). */
  timeZone?: string;
  /** With the lock on, the largest export whose opened files are kept in memory (SEALED_IN_MEMORY; tests give 0 to write a small one as a stream). */
  sealedInMemory?: number;
}

export const SOFTWARE_AGENT = 'Estate Accounts Helper (browser extension)';

/**
 * The files a hashing worker works on at once, and the next ones given to it: two
 * workers each with one waiting are never idle between files. (A plain file in
 * waiting is a Blob, not its bytes.) The import keeps more in flight (bagit.ts), which
 * was measured to help there; for the export it was not.
 */
const IN_FLIGHT = 4;

/** The ZIP, as a Blob (the browser keeps it on disk); the bag inside is one folder named like the (plain) file. */
export async function exportBundle(opts: ExportOptions): Promise<{ blob: Blob; fileName: string; totalBytes: number }> {
  if (opts.passphrase !== undefined) assertUsablePassphrase(opts.passphrase);
  const now = opts.now ?? new Date();
  const gathered = await gatherCase(opts);
  const planned = planFiles(gathered);
  const plainName = bundleFileName(gathered.case.deceasedName, now);
  const root = `${plainName.replace(/\.zip$/, '')}/`;
  // A protected bundle holds the very same bag; its file name says it needs the passphrase.
  const fileName = opts.passphrase === undefined ? plainName : plainName.replace(/\.zip$/, '-protected.zip');
  const totalBytes = planned.reduce((n, f) => n + f.file.size, 0);
  assertFitsInZip(totalBytes, planned.length);
  const sha256 = new Map<string, string>();
  const sha512 = new Map<string, string>();
  const sizes = new Map<string, number>();
  const enc = new TextEncoder();
  let done = 0;

  // With the vault lock on, a smaller export keeps the opened files as Blobs made by the hashing worker;
  // a large one is written as one stream (see SEALED_IN_MEMORY), whose opened bytes pass through the page.
  const streamed = usesKey() && totalBytes > (opts.sealedInMemory ?? SEALED_IN_MEMORY);
  const keep = opts.passphrase === undefined && !streamed ? 'blob' : 'bytes';
  // Streamed, a file whose checksums were sealed with it is only opened, and that is done here (WebCrypto
  // works off the page's thread): the bytes read and opened are then left to one collector, the page's,
  // not to three (two workers' and the page's), each of which let them pile up for a while
  // (500 MB, `npm run bench sealed`: +185 to +230 MB of memory opened in the workers, +98 to +118 MB here).
  const openHere = (opening: FileOpening | undefined) => streamed && opening?.sums !== undefined;

  const hashed = async (
    path: string,
    input: Uint8Array<ArrayBuffer> | Blob,
    opening?: FileOpening,
  ): Promise<ZipItem & { size: number }> => {
    const {
      sums: [a, b],
      crc32,
      size,
      bytes,
      blob,
    } = openHere(opening)
      ? await checksumsOf([...BAG_ALGORITHMS], input, { crc32: true, opening, keep })
      : await digestAll(webCrypto, [...BAG_ALGORITHMS], input, { crc32: true, opening, keep });
    sha256.set(path, a!);
    sha512.set(path, b!);
    sizes.set(path, size);
    // A stored Blob is zipped as it is; a sealed file as it came back opened; bytes as they came back from the worker.
    const data = blob ?? (input instanceof Blob && !opening ? input : (bytes as Uint8Array<ArrayBuffer>));
    return { name: root + path, data, crc32: crc32!, size };
  };

  /** Reads and hashes one evidence file (both in the hashing worker, which opens it, and its recorded checksums, when sealed); a cancel stops the wait at once. */
  const load = async (f: PlannedFile) => {
    try {
      const stored = await storedFile(f.blobId);
      if (!stored) throw new Error(t('errors.fileMissing', { title: f.evidence.title }));
      return await untilAborted(hashed(f.path, stored.data, stored.opening), opts.signal);
    } catch (e) {
      // A sealed file, or its checksums, that do not open: said of the file, in the person's words.
      throw e instanceof SealError ? new SealError(t('errors.fileDamaged', { title: f.evidence.title })) : e;
    }
  };

  async function* entries(): AsyncGenerator<ZipItem> {
    opts.signal?.throwIfAborted();
    // The next files are read and hashed while the current one goes into the ZIP.
    for await (const entry of readAhead(planned, load, IN_FLIGHT)) {
      yield entry;
      done += entry.size;
      opts.onProgress?.(done, totalBytes);
      opts.signal?.throwIfAborted();
    }
    const bundle = BundleCase.parse({ ...gathered, files: planned.map(({ blobId, path }) => ({ blobId, path })) });
    const reportSums = new Map(planned.map((f) => [f.path, sha256.get(f.path)!]));
    yield await hashed('data/case.json', enc.encode(`${JSON.stringify(bundle, null, 2)}\n`));
    const timeZone = opts.timeZone ?? localTimeZone();
    const today = localDate(now);
    const providerName = providerNameFor(bundle.userProviders);
    yield await hashed('data/report.html', enc.encode(renderReport({ bundle, sha256: reportSums, providerName, today, timeZone })));
    // The complaint packets, one folder per account, ready to print or copy from.
    for (const [path, html] of complaintFiles(bundle, { today, timeZone })) yield await hashed(path, enc.encode(html));

    const paths = [...sha256.keys()].sort();
    const tags: Array<[string, string]> = [
      ['bagit.txt', bagitText],
      ['bag-info.txt', bagInfoText(bagInfo(bundle, now, sizes))],
      ['manifest-sha256.txt', manifestText(paths.map((p) => [p, sha256.get(p)!]))],
      ['manifest-sha512.txt', manifestText(paths.map((p) => [p, sha512.get(p)!]))],
    ];
    const tagSums: Array<[string, string]> = [];
    for (const [name, content] of tags) {
      const bytes = enc.encode(content);
      tagSums.push([name, await webCrypto.digest('sha256', bytes)]);
      yield { name: root + name, data: bytes, crc32: await crc32Of(bytes) };
    }
    const tagManifest = enc.encode(manifestText(tagSums));
    yield { name: `${root}tagmanifest-sha256.txt`, data: tagManifest, crc32: await crc32Of(tagManifest) };
    opts.onProgress?.(totalBytes, totalBytes);
  }

  // A protected bundle is encrypted on the page, file by file, as a stream the browser keeps on disk.
  const blob =
    opts.passphrase === undefined
      ? await zipBlob(entries(), now, { streamed })
      : await new Response(protectedZipStream(entries(), opts.passphrase, now)).blob();
  return { blob, fileName, totalBytes };
}

/**
 * With the lock on, the opened files of an export up to this size are kept as Blob parts
 * in memory (the fastest way); above it the ZIP is written as one stream the browser pages
 * to disk, which bounds memory (a 500 MB export: +98 to +118 MB, `npm run bench sealed`) but
 * reads the files one after another with the writing.
 */
const SEALED_IN_MEMORY = 128 * 1024 * 1024;

/** The promise, or its rejection as soon as the signal aborts (what the worker still does is then ignored). */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(signal.reason);
    if (signal.aborted) return stop();
    signal.addEventListener('abort', stop, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}

function bagInfo(b: BundleCase, now: Date, sizes: Map<string, number>): Array<[string, string]> {
  const bytes = [...sizes.values()].reduce((n, s) => n + s, 0);
  return [
    ['Bagging-Date', localDate(now)],
    ['Payload-Oxum', `${bytes}.${sizes.size}`],
    ['Bag-Software-Agent', SOFTWARE_AGENT],
    [
      'External-Description',
      `Record of the accounts of ${b.case.deceasedName} (died ${b.case.dateOfDeath})${b.scope.kind === 'account' ? ', one account' : ''}: report.html for people, complaint packets in complaints/, case.json for programs, evidence files with their checksums.`,
    ],
    ['External-Identifier', b.case.id],
  ];
}
