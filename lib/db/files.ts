/**
 * Stored files (table `blobs`) with the vault lock: each file sealed under a key of
 * its own (AES-256-GCM through WebCrypto), that key wrapped by the vault key and kept
 * in the file's row. Deleting the row deletes the key, so whatever the browser leaves
 * of the bytes on disk cannot be read. Sealing and opening read the whole Blob, so
 * they happen before a transaction opens, never inside one.
 *
 * Sealing also takes the file's checksums (SHA-256, SHA-512, CRC-32, size) from the
 * very bytes it seals, and keeps them sealed under the file's key in the same row,
 * written in the same put: an export opens them instead of hashing the file again,
 * which AES-GCM's authentication makes sound (lib/checksums/fileSums.ts says why).
 * Opening a row (the lock turned off) drops them with the key.
 */
import { BAG_ALGORITHMS, type FileOpening, sealSums } from '../checksums/fileSums';
import { newKey, openBytes, openingKey, sealBytes, unwrapKey, utf8, wrapKey } from '../vault/crypto';
import { VaultLockedError } from '../vault/errors';
import { sealsWrites, vaultKey } from '../vault/state';
import { db, type StoredBlob } from './database';
import { isSealedFile } from './vault';

const fileAad = (id: string) => utf8(`estate:file:${id}`);
const keyPurpose = (id: string) => `estate:file-key:${id}`;
const sumsAad = (id: string) => utf8(`estate:file-sums:${id}`);

/** A file's row, sealed under a new key of its own, with its checksums taken from the bytes sealed. */
export async function sealFileRow(row: StoredBlob, key: Uint8Array): Promise<StoredBlob> {
  const fileKey = newKey();
  // The same code the export hashes with (in the hashing worker on a page, here in the service worker).
  const { digestAll, webCrypto } = await import('../checksums/hash');
  const {
    bytes,
    sums: [sha256, sha512],
    crc32,
    size,
  } = await digestAll(webCrypto, [...BAG_ALGORITHMS], new Uint8Array(await row.data.arrayBuffer()), { crc32: true });
  // The very bytes just hashed (handed back by the worker) are the ones sealed.
  const plain = bytes as Uint8Array<ArrayBuffer>;
  const [sealed, sums] = await Promise.all([
    sealBytes(fileKey, plain, fileAad(row.id)),
    sealSums(fileKey, { size, crc32: crc32!, sha256: sha256!, sha512: sha512! }, sumsAad(row.id)),
  ]);
  return { id: row.id, data: new Blob([sealed], { type: row.data.type }), fileKey: wrapKey(key, fileKey, keyPurpose(row.id)), sums };
}

/** A sealed file's row, opened (plain bytes, no key). */
export async function openFileRow(row: StoredBlob, key: Uint8Array): Promise<StoredBlob> {
  return { id: row.id, data: new Blob([await openFileBytes(row, key)], { type: row.data.type }) };
}

/** The row to store for a new file: sealed when the lock is on (refused while locked). */
export async function fileRow(id: string, data: Blob): Promise<StoredBlob> {
  if (!sealsWrites()) return { id, data };
  const key = vaultKey();
  if (!key) throw new VaultLockedError();
  return sealFileRow({ id, data }, key);
}

/** The rows to store for new files, each sealed when the lock is on. */
export async function fileRows(files: Iterable<readonly [string, Blob]>): Promise<StoredBlob[]> {
  const rows: StoredBlob[] = [];
  for (const [id, data] of files) rows.push(await fileRow(id, data));
  return rows;
}

/** A stored file's bytes, opened when sealed (refused while locked). */
export async function fileBytes(row: StoredBlob | undefined): Promise<Blob | undefined> {
  if (!row) return undefined;
  if (!isSealedFile(row)) return row.data;
  const key = vaultKey();
  if (!key) throw new VaultLockedError();
  return (await openFileRow(row, key)).data;
}

/**
 * A stored file to pass along (the export hashes and zips it): the stored Blob, as it
 * is kept, and when it is sealed how to open it (and its checksums, when recorded). Nothing is read here: the bytes are
 * read, and opened, where they are used (the export's hashing worker), so they never
 * pass through the page.
 */
export async function storedFile(blobId: string): Promise<{ data: Blob; opening?: FileOpening } | undefined> {
  const row = await db().blobs.get(blobId);
  if (!row || !isSealedFile(row)) return row && { data: row.data };
  const key = vaultKey();
  if (!key) throw new VaultLockedError();
  const opening: FileOpening = { key: await openingKey(unwrapKey(key, row.fileKey!, keyPurpose(row.id))), aad: fileAad(row.id) };
  // Sealed before checksums were kept: none, and the export hashes the opened bytes.
  if (row.sums) opening.sums = { sealed: row.sums, aad: sumsAad(row.id) };
  return { data: row.data, opening };
}

async function openFileBytes(row: StoredBlob, key: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const fileKey = unwrapKey(key, row.fileKey!, keyPurpose(row.id));
  return openBytes(fileKey, new Uint8Array(await row.data.arrayBuffer()), fileAad(row.id));
}

/** A file's bytes by its id, or undefined when there is no such file. */
export async function readFile(blobId: string): Promise<Blob | undefined> {
  return fileBytes(await db().blobs.get(blobId));
}
