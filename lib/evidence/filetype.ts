/**
 * Which uploads are accepted as evidence, decided from the file's bytes (its name can
 * say anything: a program renamed "certificate.pdf" is still a program).
 */
import { type MessageKey, t } from '../i18n';
import { startsAsPageCopy } from '../page/snapshot';

/** One file may be at most this big: a phone photo or a scanned certificate is far smaller. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export const acceptedTypes = {
  'application/pdf': 'copies.kindPdf',
  'image/png': 'copies.kindPng',
  'image/jpeg': 'copies.kindJpeg',
  'image/webp': 'copies.kindWebp',
} as const satisfies Record<string, MessageKey>;
export type AcceptedMime = keyof typeof acceptedTypes;

/** For the file picker; the bytes decide, this only narrows what it offers. */
export const acceptAttribute = '.pdf,.png,.jpg,.jpeg,.webp,application/pdf,image/png,image/jpeg,image/webp';

export type FileCheck = { ok: true; mime: AcceptedMime } | { ok: false; reason: string };

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} KB`;
  if (n < 1024 * 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `${(n / 1024 / 1024 / 1024).toFixed(2)} GB`;
}

/** Size first (cheap, and before reading a huge file into memory). */
export function checkSize(name: string, size: number, limit = MAX_FILE_BYTES): FileCheck | undefined {
  if (size === 0) return { ok: false, reason: t('forms.fileEmpty', { name }) };
  if (size > limit) return { ok: false, reason: t('forms.fileTooBig', { name, size: formatBytes(size), limit: formatBytes(limit) }) };
  return undefined;
}

const programs = new Set(['exe', 'elf', 'mach', 'dex', 'class', 'wasm', 'msi', 'apk', 'deb', 'rpm', 'sh']);

type Detected = { ok: true; mime: AcceptedMime } | { ok: false; ext?: string; program: boolean };

/** What the bytes are, by their first bytes (the detector needs a few KB at most). */
async function detect(bytes: Uint8Array): Promise<Detected> {
  // Loaded on first use: the detector is large and the panel does not need it to open.
  const { fileTypeFromBuffer } = await import('file-type');
  const detected = await fileTypeFromBuffer(bytes);
  if (detected && detected.mime in acceptedTypes) return { ok: true, mime: detected.mime as AcceptedMime };
  return { ok: false, ext: detected?.ext, program: !!detected && programs.has(detected.ext) };
}

/** Decides from the bytes whether a file is accepted as evidence, and what it really is. */
export async function checkFileBytes(name: string, bytes: Uint8Array): Promise<FileCheck> {
  const sized = checkSize(name, bytes.byteLength);
  if (sized) return sized;
  const detected = await detect(bytes);
  if (detected.ok) return detected;
  if (!detected.ext) return { ok: false, reason: t('forms.uploadNotDocument', { name }) };
  const type = detected.ext.toUpperCase();
  if (detected.program) return { ok: false, reason: t('forms.uploadIsProgram', { name, type }) };
  return { ok: false, reason: t('forms.uploadWrongType', { name, type }) };
}

// ---- files kept as proof, whatever brought them (an upload, a capture, an import) ----

/** What a file of evidence is for (lib/model EvidenceFile.role). */
export type FileRole = 'archive' | 'copy' | 'screenshot' | 'text' | 'upload';

/**
 * The types a file of evidence is kept as: an upload's, a page archive's, a page copy's, a
 * screenshot's, page text's. A page copy is HTML: it is only ever downloaded, never shown
 * in the extension (viewerOf has no viewer for it).
 */
export const keptTypes = {
  ...acceptedTypes,
  'multipart/related': 'copies.kindSavedPage',
  'text/html;charset=utf-8': 'copies.kindPageCopy',
  'text/plain;charset=utf-8': 'copies.kindPageText',
} as const satisfies Record<string, MessageKey>;
export type KeptMime = keyof typeof keptTypes;

export type KeptCheck = { ok: true; mime: KeptMime } | { ok: false; reason: string };

/** The type without its parameters, in lower case: "Text/HTML; charset=x" -> "text/html". */
export function essenceOf(mime: string): string {
  return mime.split(';')[0]!.trim().toLowerCase();
}

/** Another name some programs give a type kept here. */
const aliases: Record<string, string> = {
  'application/x-mimearchive': 'multipart/related',
  'text/plain': 'text/plain;charset=utf-8',
  'text/html': 'text/html;charset=utf-8',
};
const keptAs = (mime: string): KeptMime | undefined => {
  const e = essenceOf(mime);
  const type = aliases[e] ?? e;
  return type in keptTypes ? (type as KeptMime) : undefined;
};

/**
 * Whether a declared type is one of the kinds kept as proof for a file of this role (else it is
 * refused: a web page, a program...). HTML is kept only as a captured page's copy.
 */
export function isKeptType(mime: string, role: FileRole): boolean {
  return keptAs(mime) !== undefined && (role === 'copy') === (keptAs(mime) === 'text/html;charset=utf-8');
}

/** Whether two declared types name the same kind of file ("TEXT/PLAIN" and "text/plain;charset=utf-8" do). */
export function sameKind(a: string, b: string): boolean {
  const [x, y] = [keptAs(a), keptAs(b)];
  return x !== undefined && x === y;
}

/** The types a web browser runs as a page when opened: named as such when refused. */
export function isWebPageType(mime: string): boolean {
  return ['text/html', 'application/xhtml+xml', 'image/svg+xml', 'text/xml', 'application/xml'].includes(essenceOf(mime));
}

const HEAD = 64 * 1024;
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * A page archive as Chromium saves it (MHTML): the file starts with mail headers
 * ("Name: value" lines, folded lines indented) up to an empty line, one of them
 * "Content-Type: multipart/related" with a boundary.
 */
function isMhtml(head: Uint8Array): boolean {
  const text = new TextDecoder('latin1').decode(head);
  const end = text.search(/\r?\n\r?\n/);
  if (end <= 0) return false;
  const headers: string[] = [];
  for (const line of text.slice(0, end).split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && headers.length) headers[headers.length - 1] += line;
    else if (/^[!-9;-~]+:/.test(line)) headers.push(line);
    else return false;
  }
  const type = headers.find((h) => /^content-type:/i.test(h));
  return !!type && /^content-type:\s*multipart\/related\s*;/i.test(type) && /boundary=/i.test(type);
}

/** Whether the whole file is UTF-8 text (read in pieces: a page's text can be large). */
async function isUtf8(data: Blob): Promise<boolean> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const reader = data.stream().getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      decoder.decode(value, { stream: true });
    }
    decoder.decode();
    return true;
  } catch {
    return false;
  } finally {
    reader.releaseLock();
  }
}

/**
 * Decides from the bytes whether a file of evidence is what its role says, by that
 * role's own rule, and what type it is kept as: an upload is a PDF, PNG, JPEG or WebP
 * (as uploads are checked), a page archive is MHTML, a screenshot a PNG, page text
 * UTF-8. The reasons name the file; they are for a bundle's files.
 */
export async function checkKeptFile(role: FileRole, name: string, data: Blob): Promise<KeptCheck> {
  const head = new Uint8Array(await data.slice(0, HEAD).arrayBuffer());
  switch (role) {
    case 'upload': {
      const sized = checkSize(name, data.size);
      if (sized) return sized;
      const detected = await detect(head);
      if (detected.ok) return detected;
      if (!detected.ext) return { ok: false, reason: t('forms.keptNotDocument', { name }) };
      const type = detected.ext.toUpperCase();
      if (detected.program) return { ok: false, reason: t('forms.keptIsProgram', { name, type }) };
      return { ok: false, reason: t('forms.keptWrongType', { name, type }) };
    }
    case 'screenshot':
      return PNG_MAGIC.every((b, i) => head[i] === b)
        ? { ok: true, mime: 'image/png' }
        : { ok: false, reason: t('forms.keptNotScreenshot', { name }) };
    case 'archive':
      return isMhtml(head) ? { ok: true, mime: 'multipart/related' } : { ok: false, reason: t('forms.keptNotArchive', { name }) };
    case 'copy':
      // As lib/page/snapshot.ts writes it: UTF-8 HTML whose first element in <head> forbids running or loading anything.
      return startsAsPageCopy(new TextDecoder('utf-8').decode(head.slice(0, 4096))) && (await isUtf8(data))
        ? { ok: true, mime: 'text/html;charset=utf-8' }
        : { ok: false, reason: t('forms.keptNotPageCopy', { name }) };
    case 'text':
      return (await isUtf8(data))
        ? { ok: true, mime: 'text/plain;charset=utf-8' }
        : { ok: false, reason: t('forms.keptNotText', { name }) };
  }
}

// ---- showing and naming stored files ----

/**
 * How the panel may show a stored file: only these exact types (case does not matter)
 * open in a tab; everything else is downloaded. A web page (HTML, SVG, XML) opened
 * from the extension would run with the extension's rights.
 */
export type Viewer = 'pdf' | 'image' | 'text';
const viewers: Record<string, Viewer> = {
  'application/pdf': 'pdf',
  'image/png': 'image',
  'image/jpeg': 'image',
  'image/webp': 'image',
  'text/plain': 'text',
};

export function viewerOf(mime: string): Viewer | undefined {
  return Object.hasOwn(viewers, essenceOf(mime)) ? viewers[essenceOf(mime)] : undefined;
}

/** The type to give a stored file's blob: URL: its own when it may be shown, else one the browser only downloads. */
export function openAs(mime: string): string {
  const viewer = viewerOf(mime);
  if (!viewer) return 'application/octet-stream';
  return viewer === 'text' ? 'text/plain;charset=utf-8' : essenceOf(mime);
}

const extensions: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'text/plain': 'txt',
  'multipart/related': 'mhtml',
  'application/x-mimearchive': 'mhtml',
};

/**
 * A file name's extension, from its checked type only (a name can say .html or .exe). HTML ends
 * in .html only as a page copy (whose bytes were checked to forbid scripts); any other is .bin.
 */
export function extensionOf(mime: string, role?: FileRole): string {
  const e = essenceOf(mime);
  if (role === 'copy' && e === 'text/html') return 'html';
  return Object.hasOwn(extensions, e) ? extensions[e]! : 'bin';
}

/** A name to save a stored file under: its own, ending as its checked type says. */
export function fileNameFor(name: string, mime: string, role?: FileRole): string {
  const base = name.replace(/\.[A-Za-z0-9]{1,8}$/, '').trim() || 'file';
  return `${base}.${extensionOf(mime, role)}`;
}
