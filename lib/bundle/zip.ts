/**
 * A careful ZIP reader over a Blob (a File the user chose): it reads the central
 * directory first and refuses anything suspicious before a single entry is
 * unpacked: names that escape the folder, duplicates, encryption, overlapping
 * entries, too many entries, too much data, ratios that only a bomb has, and a
 * truncated file. Entries are read one at a time: a stored entry is a slice of the
 * file (no copy), a deflated one is unpacked by the browser's DecompressionStream
 * with its declared size enforced.
 */
import { refuse } from './refusal';

export interface ZipLimits {
  maxEntries: number;
  /** Sum of the declared uncompressed sizes. */
  maxTotalSize: number;
  /** Uncompressed / compressed, for entries over 1 MB (small files cannot be bombs). */
  maxRatio: number;
}

export const defaultLimits: ZipLimits = { maxEntries: 20_000, maxTotalSize: 8 * 1024 ** 3, maxRatio: 100 };

export interface ZipEntry {
  name: string;
  method: 0 | 8;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  /** Where the entry's bytes start (after its local header). */
  dataStart: number;
}

const MB = 1024 * 1024;

async function bytesAt(file: Blob, start: number, length: number): Promise<DataView> {
  if (start < 0 || start + length > file.size) refuse('The ZIP file is cut short or damaged (a record points past its end).');
  return new DataView(await file.slice(start, start + length).arrayBuffer());
}

const u64 = (v: DataView, at: number) => Number(v.getBigUint64(at, true));

/** Why a path inside a bundle is not allowed, or undefined when it is a plain relative path. */
export function unsafePathReason(name: string): string | undefined {
  if (name.includes('\\')) return 'uses a backslash';
  if (name.startsWith('/')) return 'is an absolute path';
  if (/^[A-Za-z]:/.test(name)) return 'names a drive';
  if (name.startsWith('~')) return 'points into a home folder';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'contains control characters';
  const parts = name.replace(/\/$/, '').split('/');
  if (parts.some((p) => p === '..')) return 'climbs out of the bundle (..)';
  if (parts.some((p) => p === '' || p === '.')) return 'has an empty or "." part';
  return undefined;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads and checks the central directory and every local header. Throws Refusal. */
export async function readZip(file: Blob, limits: ZipLimits = defaultLimits): Promise<ZipEntry[]> {
  if (file.size < 22) refuse('This is not a ZIP file (it is too short).');
  const tailLength = Math.min(file.size, 22 + 0xffff);
  const tailStart = file.size - tailLength;
  const tail = await bytesAt(file, tailStart, tailLength);
  let eocd = -1;
  for (let i = tailLength - 22; i >= 0; i--) {
    if (tail.getUint32(i, true) === 0x06054b50 && i + 22 + tail.getUint16(i + 20, true) === tailLength) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) refuse('This is not a ZIP file, or it is cut short (its table of contents is missing).');
  if (tail.getUint16(eocd + 4, true) !== 0 || tail.getUint16(eocd + 6, true) !== 0) refuse('Split (multi-part) ZIP files are not supported.');
  let count = tail.getUint16(eocd + 10, true);
  let cdSize = tail.getUint32(eocd + 12, true);
  let cdOffset = tail.getUint32(eocd + 16, true);
  const eocdAt = tailStart + eocd;
  let cdEndLimit = eocdAt;
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const locator = await bytesAt(file, eocdAt - 20, 20);
    if (locator.getUint32(0, true) !== 0x07064b50) refuse('The ZIP file is damaged (its large-file record is missing).');
    const z64At = u64(locator, 8);
    const z64 = await bytesAt(file, z64At, 56);
    if (z64.getUint32(0, true) !== 0x06064b50) refuse('The ZIP file is damaged (its large-file record is wrong).');
    count = u64(z64, 32);
    cdSize = u64(z64, 40);
    cdOffset = u64(z64, 48);
    cdEndLimit = z64At;
  }
  if (count > limits.maxEntries) refuse(`This ZIP holds ${count} files; more than ${limits.maxEntries} is refused as unsafe.`);
  if (cdOffset + cdSize > cdEndLimit) refuse('The ZIP file is cut short or damaged (its table of contents does not fit).');

  const cd = await bytesAt(file, cdOffset, cdSize);
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let total = 0;
  let at = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > cdSize || cd.getUint32(at, true) !== 0x02014b50) refuse('The ZIP file is damaged (its table of contents is broken).');
    const flags = cd.getUint16(at + 8, true);
    const method = cd.getUint16(at + 10, true);
    const crc = cd.getUint32(at + 16, true);
    let compressedSize = cd.getUint32(at + 20, true);
    let size = cd.getUint32(at + 24, true);
    const nameLength = cd.getUint16(at + 28, true);
    const extraLength = cd.getUint16(at + 30, true);
    const commentLength = cd.getUint16(at + 32, true);
    let localOffset = cd.getUint32(at + 42, true);
    if (at + 46 + nameLength + extraLength + commentLength > cdSize) refuse('The ZIP file is damaged (its table of contents is broken).');
    const nameBytes = new Uint8Array(cd.buffer, cd.byteOffset + at + 46, nameLength);
    let name: string;
    try {
      name = utf8.decode(nameBytes);
    } catch {
      refuse('A file name inside the ZIP cannot be read (it is not UTF-8).');
    }
    // ZIP64 sizes and offset live in the extra field when the 32-bit ones are full.
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = cd.getUint16(extra, true);
      const length = cd.getUint16(extra + 2, true);
      if (id === 0x0001) {
        let p = extra + 4;
        if (size === 0xffffffff) (size = u64(cd, p)), (p += 8);
        if (compressedSize === 0xffffffff) (compressedSize = u64(cd, p)), (p += 8);
        if (localOffset === 0xffffffff) localOffset = u64(cd, p);
      }
      extra += 4 + length;
    }
    at = extraEnd + commentLength;

    const unsafe = unsafePathReason(name);
    if (unsafe) refuse(`The entry "${name}" ${unsafe}; a bundle may only hold files inside its own folder.`);
    const key = name.normalize('NFC');
    if (seen.has(key)) refuse(`The entry "${name}" appears twice in the ZIP.`);
    seen.add(key);
    if (flags & 1) refuse(`The entry "${name}" is encrypted; bundles are never encrypted.`);
    if (method !== 0 && method !== 8) refuse(`The entry "${name}" uses a compression this extension does not read.`);
    if (method === 0 && size !== compressedSize) refuse(`The entry "${name}" is damaged (its sizes disagree).`);
    if (size > MB && size / Math.max(compressedSize, 1) > limits.maxRatio)
      refuse(`The entry "${name}" would unpack to ${Math.round(size / MB)} MB from ${Math.max(1, Math.round(compressedSize / 1024))} KB: refused as a ZIP bomb.`);
    total += size;
    if (total > limits.maxTotalSize) refuse(`This ZIP would unpack to more than ${Math.round(limits.maxTotalSize / MB)} MB; refused as unsafe.`);
    entries.push({ name, method: method as 0 | 8, crc, compressedSize, size, localOffset, dataStart: 0 });
  }

  // Local headers: each must be where the directory says, with the same name, and
  // no two entries may share bytes (overlapping entries are a known bomb).
  const sorted = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  let previousEnd = 0;
  for (const entry of sorted) {
    if (entry.localOffset < previousEnd) refuse(`The entry "${entry.name}" overlaps another one: refused as a ZIP bomb or a damaged file.`);
    const header = await bytesAt(file, entry.localOffset, 30);
    if (header.getUint32(0, true) !== 0x04034b50) refuse(`The ZIP file is damaged (the entry "${entry.name}" is not where it should be).`);
    const nameLength = header.getUint16(26, true);
    const localName = new Uint8Array(await file.slice(entry.localOffset + 30, entry.localOffset + 30 + nameLength).arrayBuffer());
    if (new TextDecoder().decode(localName) !== entry.name) refuse(`The ZIP file is damaged (two different names for "${entry.name}").`);
    entry.dataStart = entry.localOffset + 30 + nameLength + header.getUint16(28, true);
    previousEnd = entry.dataStart + entry.compressedSize;
    if (previousEnd > cdOffset) refuse(`The ZIP file is cut short or damaged (the entry "${entry.name}" runs past its end).`);
  }
  return entries;
}

/** The entry's content as a Blob: a slice of the file when stored, unpacked when deflated. */
export async function entryBlob(file: Blob, entry: ZipEntry): Promise<Blob> {
  const raw = file.slice(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.method === 0) return raw;
  let produced = 0;
  const guard = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      produced += chunk.byteLength;
      if (produced > entry.size) controller.error(new Error('too large'));
      else controller.enqueue(chunk);
    },
  });
  try {
    const out = await new Response(raw.stream().pipeThrough(new DecompressionStream('deflate-raw')).pipeThrough(guard)).blob();
    if (out.size !== entry.size) throw new Error('size');
    return out;
  } catch {
    return refuse(`The entry "${entry.name}" is damaged (it does not unpack to its declared size).`);
  }
}

export async function entryBytes(file: Blob, entry: ZipEntry): Promise<Uint8Array> {
  return new Uint8Array(await (await entryBlob(file, entry)).arrayBuffer());
}

let crcTable: Uint32Array | undefined;

/** CRC-32 of the ZIP format, for entries no manifest covers (the manifests themselves). */
export function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = crcTable[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
