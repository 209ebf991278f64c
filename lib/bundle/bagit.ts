/**
 * BagIt (RFC 8493): writing the tag files of a bag, and validating a bag found in
 * a ZIP (versions 1.0 and 0.97): its declaration, its manifests, every listed file
 * present, no payload file unlisted, every checksum right.
 */
import { type Digester, digestAll, digestRanges } from '../checksums/hash';
import { filesInFlight, type ReadingGroup, readAhead, readingGroups } from './readAhead';
import { refuse, refuseAs } from './refusal';
import { crcMatches, entryBlob, entryBytes, unsafePathReason, type ZipEntry } from './zip';

// ---- writing -------------------------------------------------------------

/** RFC 8493 §2.1.3: CR, LF and % in a path are percent-encoded in manifests. */
export function encodeManifestPath(path: string): string {
  return path.replace(/%/g, '%25').replace(/\n/g, '%0A').replace(/\r/g, '%0D');
}

/** "checksum  path" lines, as sha256sum -c reads them. */
export function manifestText(lines: Iterable<[path: string, hex: string]>): string {
  let out = '';
  for (const [path, hex] of lines) out += `${hex}  ${encodeManifestPath(path)}\n`;
  return out;
}

export const bagitText = 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n';

export function bagInfoText(fields: Array<[string, string]>): string {
  // Values are single lines: a newline would start a new label.
  return fields.map(([k, v]) => `${k}: ${v.replace(/[\r\n]+/g, ' ')}\n`).join('');
}

// ---- reading -------------------------------------------------------------

export interface ValidBag {
  /** Folder of the bag inside the ZIP ('' or 'name/'). */
  root: string;
  version: string;
  info: Map<string, string[]>;
  /** Every file of the bag by its path in the bag (data/..., bagit.txt, ...). */
  files: Map<string, ZipEntry>;
  /** Checked checksums by path, per algorithm. */
  checksums: Map<string, Map<string, string>>;
  /** Sum of payload sizes. */
  payloadBytes: number;
}

/** sha256 -> SHA-256, md5 -> MD5. */
const algName = (alg: string) => alg.toUpperCase().replace(/^SHA(\d)/, 'SHA-$1');

const lines = (text: string) => text.split(/\r\n|\r|\n/).filter((l, i, all) => l !== '' || i < all.length - 1);

function decoderFor(encoding: string, bytes: Uint8Array): TextDecoder {
  const e = encoding.trim().toLowerCase();
  if (e === 'utf-8' || e === 'utf8') return new TextDecoder('utf-8', { fatal: true });
  if (e === 'iso-8859-1' || e === 'latin1') return new TextDecoder('iso-8859-1');
  if (e === 'utf-16') return new TextDecoder(bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-16le', { fatal: true });
  return refuse(`The bag's tag files use the text encoding "${encoding}", which this extension does not read.`);
}

function parseInfo(text: string): Map<string, string[]> {
  const info = new Map<string, string[]>();
  let last: [string, string[]] | undefined;
  for (const line of lines(text)) {
    if (/^[ \t]/.test(line) && last) {
      last[1][last[1].length - 1] += ` ${line.trim()}`;
      continue;
    }
    const m = /^([^:\s][^:]*?)[ \t]*:[ \t]*(.*)$/.exec(line);
    if (!m) refuse(`The bag's bag-info.txt has a line that is not "Label: value": "${line.slice(0, 60)}".`);
    const values = info.get(m[1]!) ?? [];
    values.push(m[2]!);
    info.set(m[1]!, values);
    last = [m[1]!, values];
  }
  return info;
}

interface Manifest {
  alg: string;
  name: string;
  entries: Map<string, string>;
}

function parseManifest(name: string, alg: string, text: string, version: string, payload: boolean): Manifest {
  const entries = new Map<string, string>();
  for (const line of lines(text)) {
    const m = /^([0-9a-fA-F]+)[ \t]+\*?(.+)$/.exec(line);
    if (!m) refuse(`${name} has a line that is not a fingerprint followed by a file name: "${line.slice(0, 60)}".`);
    let path = m[2]!.replace(/^\.\//, '');
    if (version === '1.0') path = path.replace(/%0A/gi, '\n').replace(/%0D/gi, '\r').replace(/%25/g, '%');
    const unsafe = unsafePathReason(path);
    if (unsafe) refuseAs('unsafe', `${name} lists "${path}", which ${unsafe}: it points outside the bag.`);
    if (payload && !path.startsWith('data/')) refuseAs('unsafe', `${name} lists "${path}", which is not in the bag's data folder.`);
    if (entries.has(path)) refuse(`${name} lists "${path}" twice.`);
    entries.set(path, m[1]!.toLowerCase());
  }
  return { alg, name, entries };
}

async function text(zip: Blob, entry: ZipEntry, decoder: TextDecoder, name: string): Promise<string> {
  const bytes = await entryBytes(zip, entry);
  try {
    return decoder.decode(bytes);
  } catch {
    return refuse(`${name} is not readable text in the bag's declared encoding.`);
  }
}

/**
 * What macOS and Windows add when a person unzips a bundle and zips it again: the
 * `__MACOSX/` folder of resource forks, Finder's `.DS_Store` and Explorer's
 * `Thumbs.db`, wherever they sit. Never part of a bag this extension wrote.
 */
export function isSystemLitter(name: string): boolean {
  const parts = name.split('/');
  const base = parts[parts.length - 1] ?? '';
  return parts.includes('__MACOSX') || base === '.DS_Store' || base.toLowerCase() === 'thumbs.db';
}

/**
 * Finds the bag in the ZIP's entries and checks it completely. Throws Refusal.
 * The system litter of a re-zipped copy is left aside (unless a manifest lists it,
 * then it is a file of the bag like any other); everything else is checked as ever.
 */
export async function validateBag(
  zip: Blob,
  entries: readonly ZipEntry[],
  digester: Digester,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<ValidBag> {
  const everyFile = entries.filter((e) => !e.name.endsWith('/'));
  const fileEntries = everyFile.filter((e) => !isSystemLitter(e.name));
  const names = new Set(fileEntries.map((e) => e.name));
  let root = '';
  if (!names.has('bagit.txt')) {
    const tops = new Set(fileEntries.map((e) => e.name.split('/')[0]));
    const only = tops.size === 1 ? `${[...tops][0]}/` : undefined;
    if (!only || !names.has(`${only}bagit.txt`)) refuse('This ZIP does not hold a BagIt bag: bagit.txt is missing.');
    root = only;
  }
  const files = new Map<string, ZipEntry>();
  for (const e of fileEntries) files.set(e.name.slice(root.length), e);
  const litter = new Map(
    everyFile.filter((e) => isSystemLitter(e.name) && e.name.startsWith(root)).map((e) => [e.name.slice(root.length), e] as const),
  );

  // bagit.txt: exactly the two declarations, UTF-8, no byte order mark.
  const declBytes = await entryBytes(zip, files.get('bagit.txt')!);
  if (declBytes[0] === 0xef && declBytes[1] === 0xbb && declBytes[2] === 0xbf)
    refuse('bagit.txt starts with a byte order mark, which BagIt forbids.');
  let decl: string[];
  try {
    decl = lines(new TextDecoder('utf-8', { fatal: true }).decode(declBytes));
  } catch {
    refuse('bagit.txt is not UTF-8 text.');
  }
  const versionLine = /^BagIt-Version: (\d+\.\d+)$/.exec(decl[0] ?? '');
  const encodingLine = /^Tag-File-Character-Encoding: (\S.*)$/.exec(decl[1] ?? '');
  if (!versionLine || !encodingLine || decl.length !== 2)
    refuse('bagit.txt must hold exactly "BagIt-Version: …" and "Tag-File-Character-Encoding: …", written exactly so.');
  const version = versionLine[1]!;
  if (version !== '1.0' && version !== '0.97') refuse(`This bag says it is BagIt version ${version}; only 1.0 and 0.97 are read.`);
  const encoding = encodingLine[1]!;

  const readTag = async (name: string) => {
    const entry = files.get(name)!;
    const bytes = await entryBytes(zip, entry);
    return text(zip, entry, decoderFor(encoding, bytes), name);
  };

  const info = files.has('bag-info.txt') ? parseInfo(await readTag('bag-info.txt')) : new Map<string, string[]>();

  const manifests: Manifest[] = [];
  const tagManifests: Manifest[] = [];
  for (const name of [...files.keys()].sort()) {
    const m = /^(tag)?manifest-([a-z0-9]+)\.txt$/.exec(name);
    if (!m) continue;
    const parsed = parseManifest(name, m[2]!, await readTag(name), version, !m[1]);
    (m[1] ? tagManifests : manifests).push(parsed);
  }
  if (manifests.length === 0) refuse('The bag has no payload manifest (manifest-sha256.txt or similar).');
  // A file a manifest lists is the bag's own, whatever its name: checked like the rest.
  for (const m of [...manifests, ...tagManifests])
    for (const p of m.entries.keys()) if (!files.has(p) && litter.has(p)) files.set(p, litter.get(p)!);

  // Completeness: every payload file listed in every manifest, every listed file present.
  const payload = [...files.keys()].filter((p) => p.startsWith('data/'));
  for (const m of manifests) {
    for (const p of payload) if (!m.entries.has(p)) refuseAs('damaged', `The file "${p}" is in the bag but not listed in ${m.name}.`);
  }
  for (const m of [...manifests, ...tagManifests]) {
    for (const p of m.entries.keys()) if (!files.has(p)) refuseAs('damaged', `${m.name} lists "${p}", but the bag does not hold it.`);
  }
  if (files.has('fetch.txt')) {
    for (const line of lines(await readTag('fetch.txt'))) {
      const path = /^\S+\s+(?:\d+|-)\s+(.+)$/.exec(line)?.[1];
      const unsafe = path === undefined ? 'is not "url length path"' : unsafePathReason(path);
      if (unsafe || !path!.startsWith('data/'))
        refuseAs('unsafe', `fetch.txt names "${path ?? line}", which ${unsafe ?? 'is not in the data folder'}: it points outside the bag.`);
    }
  }
  // Checksums: every algorithm the bag lists that this browser can compute.
  const usable = [...manifests, ...tagManifests].filter((m) => digester.supports(m.alg));
  if (!manifests.some((m) => digester.supports(m.alg))) {
    const algs = [...new Set(manifests.map((m) => algName(m.alg)))].join(', ');
    refuse(`This copy can be checked only with ${algs}, which this extension cannot use (SHA-1, SHA-256, SHA-384 or SHA-512 it can).`);
  }
  const wanted = new Map<string, Manifest[]>();
  for (const m of usable) for (const p of m.entries.keys()) wanted.set(p, [...(wanted.get(p) ?? []), m]);
  const total = [...wanted.keys()].reduce((n, p) => n + files.get(p)!.size, 0);
  const checksums = new Map<string, Map<string, string>>();
  let done = 0;
  onProgress(0, total);
  // Each file is hashed with all its algorithms at once, in a worker when there is one. No
  // CRC-32 for these: every manifest's checksum of the file is checked, far stronger than
  // the ZIP's CRC (a file whose bytes changed is refused by its SHA-256 and SHA-512, in
  // words that name the file and the manifest); the CRC is checked for the rest, below.
  // Files stored one after another in the ZIP are read together, a few tens of MB at a
  // time (readingGroups): the browser reads one large piece of a file far faster than
  // many small ones. Only the workers hold bytes (the page passes Blob slices and gets
  // checksums back).
  // (Grouped by the algorithms their manifests ask for: one reading, the same checksums.)
  const byAlgs = Map.groupBy([...wanted], ([, ms]) => ms.map((m) => m.alg).join(' '));
  const groups = [...byAlgs.values()]
    .flatMap((same) => readingGroups(same.map(([path, ms]) => ({ path, ms, entry: files.get(path)! }))))
    .sort((a, b) => a.start - b.start);
  const check = async (group: ReadingGroup<{ path: string; ms: Manifest[]; entry: ZipEntry }>) => {
    if (group.items.length > 1) {
      const results = await digestRanges(
        digester,
        group.items[0]!.ms.map((m) => m.alg),
        zip.slice(group.start, group.end),
        group.items.map(({ entry }) => [entry.dataStart - group.start, entry.size] as const),
      );
      return group.items.map((it, i) => ({ ...it, sums: results[i]!.sums, size: results[i]!.size }));
    }
    const out: Array<{ path: string; ms: Manifest[]; sums: string[]; size: number }> = [];
    for (const it of group.items) {
      // Passed as a Blob (a slice of the chosen file when stored): the hashing worker reads it, not the page.
      const { sums, size } = await digestAll(
        digester,
        it.ms.map((m) => m.alg),
        await entryBlob(zip, it.entry),
      );
      out.push({ ...it, sums, size });
    }
    return out;
  };
  // Several groups in flight: two hashing workers on two cores, each with the next ones waiting.
  const largest = groups.reduce((n, g) => Math.max(n, g.end - g.start), 0);
  for await (const checked of readAhead(groups, check, filesInFlight(largest))) {
    for (const { path, ms, sums, size } of checked) {
      ms.forEach((m, k) => {
        if (sums[k] !== m.entries.get(path))
          refuseAs(
            'damaged',
            `This copy could not be checked: the file "${path}" has changed since it was made (its ${algName(m.alg)} fingerprint in ${m.name} differs).`,
          );
      });
      checksums.set(path, new Map(ms.map((m, k) => [m.alg, sums[k]!])));
      done += size;
    }
    onProgress(done, total);
  }
  // What no manifest covers (bagit.txt, the manifests themselves) is checked by the ZIP's CRC.
  for (const [path, entry] of files) {
    if (wanted.has(path)) continue;
    if (!(await crcMatches(entry))) refuseAs('damaged', `The file "${path}" is damaged: its bytes are not those the ZIP file recorded.`);
  }
  // Checked after the checksums, whose message says more about what is wrong.
  const payloadBytes = payload.reduce((n, p) => n + files.get(p)!.size, 0);
  const oxum = info.get('Payload-Oxum')?.[0];
  if (oxum && oxum !== `${payloadBytes}.${payload.length}`)
    refuseAs('damaged', `bag-info.txt says the payload is ${oxum} (bytes.files) but it is ${payloadBytes}.${payload.length}.`);

  return { root, version, info, files, checksums, payloadBytes };
}
