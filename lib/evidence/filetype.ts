/**
 * Which uploads are accepted as evidence, decided from the file's bytes (its name can
 * say anything: a program renamed "certificate.pdf" is still a program).
 */

/** One file may be at most this big: a phone photo or a scanned certificate is far smaller. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export const acceptedTypes = {
  'application/pdf': 'PDF',
  'image/png': 'PNG image',
  'image/jpeg': 'JPEG image',
  'image/webp': 'WebP image',
} as const;
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
  if (size === 0) return { ok: false, reason: `“${name}” is empty (0 bytes), so there is nothing to keep.` };
  if (size > limit)
    return {
      ok: false,
      reason: `“${name}” is ${formatBytes(size)}; each file can be at most ${formatBytes(limit)}. A scan at a lower resolution, or one page per file, will fit.`,
    };
  return undefined;
}

const programs = new Set(['exe', 'elf', 'mach', 'dex', 'class', 'wasm', 'msi', 'apk', 'deb', 'rpm', 'sh']);

/** Decides from the bytes whether a file is accepted as evidence, and what it really is. */
export async function checkFileBytes(name: string, bytes: Uint8Array): Promise<FileCheck> {
  const sized = checkSize(name, bytes.byteLength);
  if (sized) return sized;
  // Loaded on first upload: the detector is large and the panel does not need it to open.
  const { fileTypeFromBuffer } = await import('file-type');
  const detected = await fileTypeFromBuffer(bytes);
  if (detected && detected.mime in acceptedTypes) return { ok: true, mime: detected.mime as AcceptedMime };
  const accepted = 'a PDF, PNG, JPEG or WebP file';
  if (!detected)
    return { ok: false, reason: `“${name}” is not ${accepted}: its contents are not a document or picture this extension can keep.` };
  if (programs.has(detected.ext))
    return { ok: false, reason: `“${name}” is a program (${detected.ext.toUpperCase()}), not a document. It was not kept.` };
  return {
    ok: false,
    reason: `“${name}” is a ${detected.ext.toUpperCase()} file, not ${accepted}. Save it as PDF or as a picture and try again.`,
  };
}
