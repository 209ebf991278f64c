/**
 * A sealed file's checksums (the vault lock). A bundle needs, of each file, its
 * SHA-256 and SHA-512 (BagIt's manifests), the ZIP's CRC-32 and its size. With the
 * lock on, these are computed once, when the file is sealed, from the very buffer
 * that is sealed, and kept in the file's row, sealed under the file's own key
 * (AES-256-GCM, the file's id and their purpose as additional data): a file's
 * SHA-256 is a fingerprint of a private document, so it is not kept in the clear.
 *
 * Why an export may use them instead of hashing the opened file again: AES-GCM
 * authenticates. Opening the file checks a 128-bit tag over its sealed bytes: the
 * bytes come back exactly as they were sealed, or not at all. Opening the checksums
 * checks theirs: they are the ones sealed with this file, under this file's key
 * (taken from another file's row, or changed, they do not open). So checksums of
 * the bytes at sealing time are the checksums of the bytes opened now. This moves
 * the hashing to when a file is sealed (once per file) from every export, and it is
 * sound only because GCM authenticates. A plain file (the lock off) has no such
 * proof: nothing says its stored bytes are unchanged, so an export hashes it, and
 * that hashing is the check.
 */
import '../model/jitless';
import { z } from 'zod';
import { openBytesWith, SealError, sealBytes, utf8 } from '../vault/crypto';

/** BagIt's checksums of a bundle's files (manifest-sha256.txt, manifest-sha512.txt), in this order. */
export const BAG_ALGORITHMS = ['sha256', 'sha512'] as const;

/** What is recorded of a file when it is sealed. */
export const FileSums = z
  .object({
    size: z.number().int().nonnegative(),
    crc32: z.number().int().min(0).max(0xffff_ffff),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    sha512: z.string().regex(/^[0-9a-f]{128}$/),
  })
  .strict();
export type FileSums = z.infer<typeof FileSums>;

/** A file's checksums as kept in its row: sealed, and the additional data they were sealed with. */
export interface SealedSums {
  sealed: Uint8Array<ArrayBuffer>;
  aad: Uint8Array<ArrayBuffer>;
}

/**
 * How to open a sealed file where its bytes are used (the export's hashing worker): a
 * key that only decrypts (lib/vault/crypto.ts openingKey), the file's additional data,
 * and its checksums when they were recorded as it was sealed.
 */
export interface FileOpening {
  key: CryptoKey;
  aad: Uint8Array<ArrayBuffer>;
  sums?: SealedSums;
}

/** The checksums, sealed under the file's key (raw bytes) with the given additional data. */
export function sealSums(fileKey: Uint8Array<ArrayBuffer>, sums: FileSums, aad: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return sealBytes(fileKey, utf8(JSON.stringify(FileSums.parse(sums))), aad);
}

/** The checksums sealed with a file, opened with its opening key; SealError when they do not authenticate. */
export async function openSums(key: CryptoKey, sums: SealedSums): Promise<FileSums> {
  const opened = await openBytesWith(key, sums.sealed, sums.aad);
  // Only what was sealed opens, so this cannot fail unless the sealing code itself was wrong.
  const parsed = FileSums.safeParse(safeJson(new TextDecoder().decode(opened)));
  if (!parsed.success) throw new SealError('This file is damaged.');
  return parsed.data;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
