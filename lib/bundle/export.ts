/**
 * Export: the case (or one account) as one BagIt bag in a ZIP, built as a stream.
 * Evidence blobs are read one at a time and hashed as they go into the ZIP; the
 * files that need those hashes (case.json, report.html, the manifests) come after
 * them. Nothing but the current file and the two read ahead is held in memory.
 *
 * The ZIP's CRC-32 is computed in the hashing worker with the SHA-256 and SHA-512
 * (one pass over each file, off the main thread), and fflate's streaming Zip stores
 * the bytes as they are with it: computing it on the main thread, as client-zip
 * does, capped the export below 100 MB/s.
 *
 * The parts: gather.ts (the records), layout.ts (names and paths), zipStream.ts
 * (the ZIP), protect.ts (the same bag in a ZIP encrypted with a passphrase),
 * readAhead.ts (hashing the next files meanwhile); this file puts them together.
 */
import { localDate, localTimeZone } from '../dates';
import { fileContent } from '../db/files';
import { bagInfoText, bagitText, manifestText } from './bagit';
import { complaintFiles } from './complaints';
import { type GatherOptions, gatherCase } from './gather';
import { crc32Of, digestAll, webCrypto } from './hash';
import { bundleFileName, type PlannedFile, planFiles, providerNameFor } from './layout';
import { assertUsablePassphrase, protectedZipStream } from './protect';
import { readAhead } from './readAhead';
import { renderReport } from './report';
import { BundleCase } from './schema';
import { assertFitsInZip, type ZipItem, zipStream } from './zipStream';

export interface ExportOptions extends GatherOptions {
  now?: Date;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  /** Protect the bundle with this passphrase (an AES-256 ZIP, for family); plain when absent. */
  passphrase?: string;
  /** The time zone the report's times are written in (the computer's when absent). */
  timeZone?: string;
}

export const SOFTWARE_AGENT = 'Estate Accounts Helper (browser extension)';

/** The ZIP as a stream; the bag inside is one folder named like the (plain) file. */
export async function exportBundle(
  opts: ExportOptions,
): Promise<{ stream: ReadableStream<Uint8Array<ArrayBuffer>>; fileName: string; totalBytes: number }> {
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

  const hashed = async (path: string, input: Uint8Array<ArrayBuffer> | Blob): Promise<ZipItem> => {
    const {
      sums: [a, b],
      crc32,
      bytes,
    } = await digestAll(webCrypto, ['sha256', 'sha512'], input, { crc32: true });
    sha256.set(path, a!);
    sha512.set(path, b!);
    sizes.set(path, bytes.byteLength);
    return { name: root + path, bytes: bytes as Uint8Array<ArrayBuffer>, crc32: crc32! };
  };

  /** Reads and hashes one evidence file (both in the hashing worker). */
  const load = async (f: PlannedFile) => {
    const blob = await fileContent(f.blobId);
    if (!blob) throw new Error(`The file of "${f.evidence.title}" is missing from this computer, so the bundle cannot be complete.`);
    return hashed(f.path, blob);
  };

  async function* entries(): AsyncGenerator<ZipItem> {
    opts.signal?.throwIfAborted();
    // The next files are read and hashed while the ZIP takes in the current one.
    for await (const entry of readAhead(planned, load)) {
      yield entry;
      done += entry.bytes.byteLength;
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
      yield { name: root + name, bytes, crc32: await crc32Of(bytes) };
    }
    const tagManifest = enc.encode(manifestText(tagSums));
    yield { name: `${root}tagmanifest-sha256.txt`, bytes: tagManifest, crc32: await crc32Of(tagManifest) };
    opts.onProgress?.(totalBytes, totalBytes);
  }

  const stream = opts.passphrase === undefined ? zipStream(entries(), now) : protectedZipStream(entries(), opts.passphrase, now);
  return { stream, fileName, totalBytes };
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
