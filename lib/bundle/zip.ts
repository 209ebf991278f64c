/**
 * Reading a bundle's ZIP: zip.js parses it from the chosen file by random access
 * (central directory first, no full copy in memory); on top of it we refuse, before
 * a single entry is unpacked, what a bundle never holds: names that escape the
 * folder, duplicates, overlapping entries, too many entries, too much data, ratios
 * that only a bomb has, and any encryption but the one protected bundles use (every
 * file in WinZip AES-256; protect.ts decrypts those). zip.js's own errors
 * (truncated, damaged) are turned into plain words.
 */
// zip.js's core build ships no web worker and no WebAssembly codec: the extension's
// CSP wants none, and the browser's (and Node's) DecompressionStream unpacks, one
// entry at a time.
import * as zip from '@zip.js/zip.js/lib/zip-core-custom.js';
import { readAhead } from './readAhead';
import { Refusal, refuse, refuseAs } from './refusal';

zip.configure({ useWebWorkers: false, useCompressionStream: true });

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
  /** Where the entry's bytes start in the file (after its local header). */
  dataStart: number;
  /** Encrypted with WinZip AES-256 (a protected bundle): readable only through protect.ts, with the passphrase. */
  encrypted: boolean;
  source: zip.FileEntry;
}

const MB = 1024 * 1024;
/** WinZip AES-256 adds a 16-byte salt, a 2-byte passphrase check and a 10-byte authentication code to each file. */
export const AES_256_OVERHEAD = 28;
const AES_256 = 3; // the AES extra field's strength: 1, 2, 3 = AES-128, 192, 256
/** What to do instead of another encryption. */
const useAes256 = 'A protected bundle uses AES-256 for every file (in 7-Zip: ZIP format, encryption method AES-256).';

/** Why a path inside a bundle is not allowed, or undefined when it is a plain relative path. */
export function unsafePathReason(name: string): string | undefined {
  if (name.includes('\\')) return 'uses a backslash';
  if (name.startsWith('/')) return 'is an absolute path';
  if (/^[A-Za-z]:/.test(name)) return 'names a drive';
  if (name.startsWith('~')) return 'points into a home folder';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'contains control characters';
  const parts = name.replace(/\/$/, '').split('/');
  if (parts.some((p) => p === '..')) return 'climbs out of the bundle (..)';
  if (parts.some((p) => p === '' || p === '.')) return 'has an empty or "." part';
  return undefined;
}

/** zip.js's error messages, in words a person can act on. */
function explain(error: unknown, name?: string): never {
  if (error instanceof Refusal) throw error;
  const message = (error as Error)?.message ?? '';
  const entry = name ? `the entry "${name}"` : 'an entry';
  const words: Record<string, string> = {
    [zip.ERR_EOCDR_NOT_FOUND]: 'This is not a ZIP file, or it is cut short (its table of contents is missing).',
    [zip.ERR_BAD_FORMAT]: 'This is not a ZIP file, or it is cut short (its table of contents is missing).',
    [zip.ERR_EOCDR_LOCATOR_ZIP64_NOT_FOUND]: 'The ZIP file is damaged (its large-file record is missing).',
    [zip.ERR_EXTRAFIELD_ZIP64_NOT_FOUND]: 'The ZIP file is damaged (its large-file record is wrong).',
    [zip.ERR_CENTRAL_DIRECTORY_NOT_FOUND]: 'The ZIP file is damaged (its table of contents is broken).',
    [zip.ERR_SPLIT_ZIP_FILE]: 'Split (multi-part) ZIP files are not supported.',
    [zip.ERR_AMBIGUOUS_ARCHIVE]: name
      ? `The ZIP file is damaged (${entry} is described two different ways).`
      : 'The ZIP file is damaged or has extra data around it, so it could be read two ways.',
    [zip.ERR_ENCRYPTED_CENTRAL_DIRECTORY]: `This ZIP is encrypted in a way this extension does not read (its table of contents is hidden). ${useAes256}`,
    [zip.ERR_UNSUPPORTED_ENCRYPTION]: `${name ? `The entry "${name}"` : 'This ZIP'} is encrypted in a way this extension does not read. ${useAes256}`,
    [zip.ERR_LOCAL_FILE_HEADER_NOT_FOUND]: `The ZIP file is damaged (${entry} is not where it should be).`,
    [zip.ERR_ENTRY_DATA_OUT_OF_BOUNDS]: `The ZIP file is cut short or damaged (${entry} runs past its end).`,
    [zip.ERR_OVERLAPPING_ENTRY]: `The entry "${name}" overlaps another one: refused as a ZIP bomb or a damaged file.`,
  };
  // Not a ZIP at all, or one this extension never makes: not a copy of ours; anything else: damaged.
  const notOurs = [
    zip.ERR_EOCDR_NOT_FOUND,
    zip.ERR_BAD_FORMAT,
    zip.ERR_SPLIT_ZIP_FILE,
    zip.ERR_ENCRYPTED_CENTRAL_DIRECTORY,
    zip.ERR_UNSUPPORTED_ENCRYPTION,
  ];
  return refuseAs(
    notOurs.includes(message) ? 'notACopy' : 'damaged',
    words[message] ??
      (name ? `The entry "${name}" is damaged (it does not unpack to its declared size).` : `The ZIP file is damaged (${message}).`),
  );
}

/** Reads the central directory and every local header, and checks them. Throws Refusal. */
export async function readZip(file: Blob, limits: ZipLimits = defaultLimits): Promise<ZipEntry[]> {
  if (file.size < 22) refuse('This is not a ZIP file (it is too short).');
  // "strict": nothing before or after the ZIP, one way only to read its table of
  // contents, local headers that agree with it (names too). Names are checked below in
  // our own words, and entries are checked as they are listed, so a duplicate gets our
  // message before zip.js's own refusal at the end of the listing.
  const reader = new zip.ZipReader(new zip.BlobReader(file), { strictness: 'strict', filenameValidation: 'tolerant' });
  let count = 0;
  const listing = reader.getEntriesGenerator({
    onprogress: (_, total) => {
      count = total;
      return undefined;
    },
  });
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let total = 0;
  try {
    for await (const e of listing) {
      if (count > limits.maxEntries)
        refuseAs('unsafe', `This ZIP holds ${count} files; more than ${limits.maxEntries} is refused as unsafe.`);
      entries.push(checked(e));
    }
  } catch (e) {
    explain(e);
  }

  /** Our refusal rules for one entry of the table of contents. */
  function checked(e: zip.Entry): ZipEntry {
    let name: string;
    try {
      name = utf8.decode(e.rawFilename); // zip.js would guess another encoding; a bundle's names are UTF-8
    } catch {
      refuse('A file name inside the ZIP cannot be read (it is not UTF-8).');
    }
    const unsafe = unsafePathReason(name);
    if (unsafe) refuseAs('unsafe', `The entry "${name}" ${unsafe}; a bundle may only hold files inside its own folder.`);
    const key = name.normalize('NFC');
    if (seen.has(key)) refuse(`The entry "${name}" appears twice in the ZIP.`);
    seen.add(key);
    if (e.encrypted) {
      if (e.zipCrypto)
        refuse(
          `The entry "${name}" uses the old ZIP encryption (ZipCrypto), which is easily broken, so this extension does not read it. ${useAes256}`,
        );
      const strength = e.extraFieldAES?.strength;
      if (strength !== AES_256)
        refuse(`The entry "${name}" is encrypted with ${strength ? `AES-${64 + 64 * strength}` : 'an unknown method'}. ${useAes256}`);
    }
    const { compressionMethod: method, uncompressedSize: size, compressedSize } = e;
    if (method !== 0 && method !== 8) refuse(`The entry "${name}" uses a compression this extension does not read.`);
    if (method === 0 && size + (e.encrypted ? AES_256_OVERHEAD : 0) !== compressedSize)
      refuseAs('damaged', `The entry "${name}" is damaged (its sizes disagree).`);
    if (size > MB && size / Math.max(compressedSize, 1) > limits.maxRatio)
      refuseAs(
        'unsafe',
        `The entry "${name}" would unpack to ${Math.round(size / MB)} MB from ${Math.max(1, Math.round(compressedSize / 1024))} KB: refused as a ZIP bomb.`,
      );
    total += size;
    if (total > limits.maxTotalSize)
      refuseAs('unsafe', `This ZIP would unpack to more than ${Math.round(limits.maxTotalSize / MB)} MB; refused as unsafe.`);
    return { name, method, crc: e.crc32 ?? 0, compressedSize, size, dataStart: 0, encrypted: e.encrypted, source: e as zip.FileEntry };
  }

  // Protected means every file protected: plain files beside encrypted ones could
  // replace the manifests without the passphrase.
  const files = entries.filter((e) => !e.name.endsWith('/'));
  const plain = files.find((e) => !e.encrypted);
  if (plain && files.some((e) => e.encrypted))
    refuseAs(
      'damaged',
      `Some files in this ZIP are protected with a passphrase and others, such as "${plain.name}", are not: a protected bundle protects every file, so this one was changed.`,
    );

  // Every local header, before any entry is unpacked: zip.js checks it agrees with the
  // directory, lies inside the file and shares no bytes with another entry (overlapping
  // entries are a known bomb), and tells where the entry's bytes start. Several are read
  // at once: each read is mostly a wait for the browser (110 headers one after another
  // took about 200 ms of a 500 MB import). zip.js records each entry's bytes and compares
  // them with those recorded before in one step, so an overlap is found in any order.
  const headerChecked = async (entry: ZipEntry) => {
    try {
      // (zip.js wants a password for an encrypted entry even here, where nothing is decrypted.)
      await entry.source.getData(new zip.Uint8ArrayWriter(), {
        checkOverlappingEntryOnly: true,
        password: entry.encrypted ? 'headers only' : undefined,
      });
    } catch (e) {
      explain(e, entry.name);
    }
    entry.dataStart = entry.source.localDirectory!.dataOffset;
  };
  for await (const _ of readAhead(entries, headerChecked, HEADERS_IN_FLIGHT));
  return entries;
}

/** Local headers read at once. */
const HEADERS_IN_FLIGHT = 16;

/** An encrypted entry's stored bytes are not its content: a protected bundle is decrypted first (protect.ts). */
function plainOnly(entry: ZipEntry): void {
  if (entry.encrypted) refuse(`The entry "${entry.name}" is protected with a passphrase; it must be opened with it first.`);
}

/** The entry's content as a Blob: a slice of the file when stored (no copy), unpacked by zip.js when deflated. */
export async function entryBlob(file: Blob, entry: ZipEntry): Promise<Blob> {
  plainOnly(entry);
  if (entry.method === 0) return file.slice(entry.dataStart, entry.dataStart + entry.size);
  try {
    return await entry.source.getData(new zip.BlobWriter());
  } catch (e) {
    return explain(e, entry.name);
  }
}

/** The entry's content; zip.js stops unpacking past the declared size. */
export async function entryBytes(file: Blob, entry: ZipEntry): Promise<Uint8Array> {
  plainOnly(entry);
  if (entry.method === 0) return new Uint8Array(await (await entryBlob(file, entry)).arrayBuffer());
  try {
    return await entry.source.getData(new zip.Uint8ArrayWriter());
  } catch (e) {
    return explain(e, entry.name);
  }
}

/** Whether the entry's ZIP checksum (CRC-32) is right, for entries no manifest covers. */
export async function crcMatches(entry: ZipEntry): Promise<boolean> {
  plainOnly(entry);
  try {
    await entry.source.getData(new WritableStream(), { checkCrc32: true });
    return true;
  } catch (e) {
    if ((e as Error)?.message === zip.ERR_INVALID_CRC32) return false;
    return explain(e, entry.name);
  }
}
