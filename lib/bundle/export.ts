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
 */
import { Zip, type ZipInputFile } from 'fflate';
import { localDate } from '../dates';
import { db } from '../db';
import { stepsOfCase } from '../db/steps';
import type { Evidence, EvidenceFile } from '../model';
import { providerById } from '../providers';
import { maskAccountNumber } from '../workflow';
import { bagInfoText, bagitText, manifestText } from './bagit';
import { crc32Of, digestAll, webCrypto } from './hash';
import { renderReport } from './report';
import { BundleCase, type BundleFile, FORMAT_VERSION } from './schema';

export interface ExportOptions {
  caseId: string;
  /** Only this account, for one complaint. */
  accountId?: string;
  includeSensitive: boolean;
  accountNumbers: 'full' | 'last4';
  now?: Date;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

export const SOFTWARE_AGENT = 'Estate Accounts Helper (browser extension)';

/** A name a person can read and every file system accepts. */
export function slug(s: string, max = 40): string {
  return (
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, max)
      .replace(/-+$/, '')
      .toLowerCase() || 'file'
  );
}

const extByMime: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'text/plain': 'txt',
  'text/html': 'html',
  'multipart/related': 'mhtml',
  'application/x-mimearchive': 'mhtml',
};

function extensionOf(file: EvidenceFile): string {
  const fromName = /\.([A-Za-z0-9]{1,8})$/.exec(file.name)?.[1];
  return (fromName ?? extByMime[file.mime.split(';')[0]!.trim()] ?? 'bin').toLowerCase();
}

const byCreated = <T extends { createdAt: string; id: string }>(rows: T[]) =>
  rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));

/** The records of the bundle, from the database, with what the options leave out left out. */
export async function gatherCase(
  opts: Pick<ExportOptions, 'caseId' | 'accountId' | 'includeSensitive' | 'accountNumbers'>,
): Promise<Omit<BundleCase, 'files' | 'asOf'>> {
  const d = db();
  const estateCase = await d.cases.get(opts.caseId);
  if (!estateCase) throw new Error('That case no longer exists.');
  const inScope = <T extends { accountId?: string }>(rows: T[]) =>
    opts.accountId ? rows.filter((r) => r.accountId === opts.accountId) : rows;
  const accounts = (await d.accounts.where('caseId').equals(opts.caseId).toArray())
    .filter((a) => !opts.accountId || a.id === opts.accountId)
    .map((a) => ({
      ...a,
      accountNumber: opts.accountNumbers === 'last4' ? maskAccountNumber(a.accountNumber) : a.accountNumber,
    }));
  if (opts.accountId && accounts.length === 0) throw new Error('That account no longer exists.');
  const [tasks, devices, documentsSent, contacts, promises, allEvidence] = await Promise.all([
    stepsOfCase(opts.caseId).then(inScope),
    d.devices.where('caseId').equals(opts.caseId).toArray().then(inScope),
    d.documentsSent.where('caseId').equals(opts.caseId).toArray().then(inScope),
    d.contacts.where('caseId').equals(opts.caseId).toArray().then(inScope),
    d.promises.where('caseId').equals(opts.caseId).toArray().then(inScope),
    d.evidence.where('caseId').equals(opts.caseId).toArray(),
  ]);
  const evidence = allEvidence.filter(
    (e: Evidence) => (opts.includeSensitive || !e.sensitive) && (!opts.accountId || e.accountId === opts.accountId),
  );
  // What was left out must not be pointed at.
  const keep = (ids: Set<string>) => (ref: string | undefined) => (ref !== undefined && ids.has(ref) ? ref : undefined);
  const evidenceIds = new Set(evidence.map((e) => e.id));
  const has = {
    task: keep(new Set(tasks.map((t) => t.id))),
    device: keep(new Set(devices.map((x) => x.id))),
    contact: keep(new Set(contacts.map((x) => x.id))),
    doc: keep(new Set(documentsSent.map((x) => x.id))),
  };
  const providerIds = new Set(accounts.map((a) => a.providerId));
  const userProviders = (await d.userProviders.toArray()).filter((p) => providerIds.has(p.id));
  return {
    formatVersion: FORMAT_VERSION,
    scope: opts.accountId ? { kind: 'account', accountId: opts.accountId } : { kind: 'case' },
    accountNumbers: opts.accountNumbers,
    sensitiveIncluded: opts.includeSensitive,
    case: estateCase,
    accounts: byCreated(accounts),
    tasks: byCreated(tasks).map((t) => ({
      ...t,
      links: { ...t.links, evidenceIds: t.links.evidenceIds.filter((id) => evidenceIds.has(id)) },
    })),
    devices: byCreated(devices),
    documentsSent: byCreated(documentsSent),
    contacts: byCreated(contacts),
    promises: byCreated(promises),
    evidence: byCreated(evidence).map((e) => ({
      ...e,
      taskId: has.task(e.taskId),
      deviceId: has.device(e.deviceId),
      contactId: has.contact(e.contactId),
      documentSentId: has.doc(e.documentSentId),
    })),
    userProviders: userProviders.sort((a, b) => a.id.localeCompare(b.id)),
  };
}

export function providerNameFor(userProviders: BundleCase['userProviders']) {
  return (id: string) => providerById(id)?.name ?? userProviders.find((p) => p.id === id)?.name ?? id;
}

/** Where each evidence file goes in the bag: data/evidence/<account>/<date>-<kind>-<title>.<ext>. */
export function planFiles(
  b: Pick<BundleCase, 'evidence' | 'accounts' | 'userProviders'>,
): Array<BundleFile & { evidence: Evidence; file: EvidenceFile }> {
  const name = providerNameFor(b.userProviders);
  const accounts = new Map(b.accounts.map((a) => [a.id, a]));
  const used = new Set<string>();
  const seenBlobs = new Set<string>();
  const out: Array<BundleFile & { evidence: Evidence; file: EvidenceFile }> = [];
  for (const e of b.evidence) {
    const a = e.accountId ? accounts.get(e.accountId) : undefined;
    const folder = a ? slug(`${name(a.providerId)}${a.accountNumber ? `-${a.accountNumber.slice(-4)}` : ''}`) : 'case';
    for (const file of e.files) {
      if (seenBlobs.has(file.blobId)) continue; // one blob shared by two records is stored once
      seenBlobs.add(file.blobId);
      const base = `data/evidence/${folder}/${e.capturedAt.slice(0, 10)}-${e.kind === 'page_capture' ? 'capture' : slug(e.documentKind ?? 'document')}-${slug(e.title, 40)}${e.files.length > 1 ? `-${file.role}` : ''}`;
      let path = `${base}.${extensionOf(file)}`;
      for (let n = 2; used.has(path); n++) path = `${base}-${n}.${extensionOf(file)}`;
      used.add(path);
      out.push({ blobId: file.blobId, path, evidence: e, file });
    }
  }
  return out;
}

export function bundleFileName(deceasedName: string, now: Date): string {
  return `estate-record-${slug(deceasedName, 40)}-${localDate(now)}.zip`;
}

interface ZipItem {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
  crc32: number;
}

/** A ZIP without the Zip64 extension (fflate writes none) holds at most 4 GiB; each entry adds headers. */
const ZIP_LIMIT = 0xffff_ffff;
const ENTRY_OVERHEAD = 512;
const tooBig = () =>
  new Error(
    'This bundle would be larger than 4 GB, more than one ZIP file can hold. Export one account at a time, or leave out the largest files.',
  );

/**
 * The ZIP of the items, as a stream that asks for the next item only when the reader
 * has taken the last one (so at most one file waits in memory for the reader).
 */
function zipStream(items: AsyncIterator<ZipItem>, mtime: Date): ReadableStream<Uint8Array<ArrayBuffer>> {
  let zip: Zip;
  let size = 0;
  return new ReadableStream<Uint8Array<ArrayBuffer>>(
    {
      start(controller) {
        zip = new Zip((error, chunk, final) => {
          if (error) return controller.error(error);
          controller.enqueue(chunk);
          if (final) controller.close();
        });
      },
      async pull() {
        const next = await items.next();
        if (next.done) return zip.end();
        const { name, bytes, crc32 } = next.value;
        size += bytes.byteLength + ENTRY_OVERHEAD + 2 * name.length;
        if (size > ZIP_LIMIT) throw tooBig();
        const file: ZipInputFile = { filename: name, size: bytes.byteLength, crc: crc32, compression: 0, mtime };
        zip.add(file);
        file.ondata!(null, bytes, true);
      },
      async cancel(reason) {
        await items.return?.(reason);
      },
    },
    { highWaterMark: 0 },
  );
}

/** The ZIP as a stream; the bag inside is one folder named like the file. */
export async function exportBundle(
  opts: ExportOptions,
): Promise<{ stream: ReadableStream<Uint8Array<ArrayBuffer>>; fileName: string; totalBytes: number }> {
  const now = opts.now ?? new Date();
  const gathered = await gatherCase(opts);
  const planned = planFiles(gathered);
  const fileName = bundleFileName(gathered.case.deceasedName, now);
  const root = `${fileName.replace(/\.zip$/, '')}/`;
  const totalBytes = planned.reduce((n, f) => n + f.file.size, 0);
  if (totalBytes + planned.length * ENTRY_OVERHEAD > ZIP_LIMIT) throw tooBig();
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
  const load = async (f: (typeof planned)[number]) => {
    const blob = (await db().blobs.get(f.blobId))?.data;
    if (!blob) throw new Error(`The file of "${f.evidence.title}" is missing from this computer, so the bundle cannot be complete.`);
    return hashed(f.path, blob);
  };

  async function* entries(): AsyncGenerator<ZipItem> {
    // The next files are read and hashed while the ZIP takes in the current one: three files in memory at most.
    const ahead: Array<ReturnType<typeof load>> = [];
    const queue = (i: number) => {
      if (i >= planned.length) return;
      const p = load(planned[i]!);
      p.catch(() => {}); // its error is thrown when it is awaited
      ahead.push(p);
    };
    queue(0);
    queue(1);
    for (let i = 0; i < planned.length; i++) {
      opts.signal?.throwIfAborted();
      const entry = await ahead.shift()!;
      queue(i + 2);
      yield entry;
      done += entry.bytes.byteLength;
      opts.onProgress?.(done, totalBytes);
    }
    opts.signal?.throwIfAborted();
    const asOf = [
      gathered.case,
      ...gathered.accounts,
      ...gathered.tasks,
      ...gathered.devices,
      ...gathered.documentsSent,
      ...gathered.contacts,
      ...gathered.promises,
      ...gathered.evidence,
    ]
      .map((r) => r.updatedAt)
      // biome-ignore lint/complexity/useMathMinMax: these are ISO date strings, compared as text
      .reduce((a, b) => (a > b ? a : b));
    const bundle = BundleCase.parse({ ...gathered, asOf, files: planned.map(({ blobId, path }) => ({ blobId, path })) });
    const reportSums = new Map(planned.map((f) => [f.path, sha256.get(f.path)!]));
    yield await hashed('data/case.json', enc.encode(`${JSON.stringify(bundle, null, 2)}\n`));
    yield await hashed(
      'data/report.html',
      enc.encode(renderReport({ bundle, sha256: reportSums, providerName: providerNameFor(bundle.userProviders), today: localDate(now) })),
    );

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

  return { stream: zipStream(entries(), now), fileName, totalBytes };
}

function bagInfo(b: BundleCase, now: Date, sizes: Map<string, number>): Array<[string, string]> {
  const bytes = [...sizes.values()].reduce((n, s) => n + s, 0);
  return [
    ['Bagging-Date', localDate(now)],
    ['Payload-Oxum', `${bytes}.${sizes.size}`],
    ['Bag-Software-Agent', SOFTWARE_AGENT],
    [
      'External-Description',
      `Record of the accounts of ${b.case.deceasedName} (died ${b.case.dateOfDeath})${b.scope.kind === 'account' ? ', one account' : ''}: report.html for people, case.json for programs, evidence files with their checksums.`,
    ],
    ['External-Identifier', b.case.id],
  ];
}
