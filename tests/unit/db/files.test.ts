/**
 * Sealed files and their checksums (lib/db/files.ts, lib/checksums/fileSums.ts): with the
 * lock on, a file's SHA-256, SHA-512, CRC-32 and size are taken from the very bytes sealed
 * and kept sealed under the file's key; an export opens them instead of hashing the file
 * again (AES-GCM proves the opened bytes are the ones they were taken of), refuses them
 * changed or taken from another file, and hashes a file sealed before they were kept.
 */
import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyImport, inspectBundle } from '../../../lib/bundle/import';
import { type FileSums, openSums, sealSums } from '../../../lib/checksums/fileSums';
import { db, EstateDb, type StoredBlob } from '../../../lib/db/database';
import { sealFileRow, storedFile } from '../../../lib/db/files';
import { changePassphrase, turnOffLock, turnOnLock } from '../../../lib/db/vaultSwitch';
import { addDocument, checkIntegrity, fileData, storageErrorMessage } from '../../../lib/evidence/store';
import { SealError, unwrapKey, utf8 } from '../../../lib/vault/crypto';
import { vaultKey } from '../../../lib/vault/state';
import { seedCase } from '../../fixtures/bundle-seed';
import { exportSeed } from '../exportSeed';
import { useFreshDatabase, writeSeed } from '../freshDb';
import { resetVaultAfterEach, storedRows, vaultIn } from '../vaultTest';

useFreshDatabase('files');
resetVaultAfterEach();
afterEach(() => vi.restoreAllMocks());

const PASS = 'blue heron morning tide';
const seed = seedCase();
// Turning the lock on derives a key with PBKDF2 (600,000 iterations): slow on a busy machine.
const DERIVES = { timeout: 30_000 };

const sumsOf = (bytes: Uint8Array): FileSums => ({
  size: bytes.byteLength,
  crc32: crc32(bytes),
  sha256: createHash('sha256').update(bytes).digest('hex'),
  sha512: createHash('sha512').update(bytes).digest('hex'),
});
const seedBytes = (id: string) => new TextEncoder().encode(seed.blobs.find((b) => b.id === id)!.text);

/** The checksums recorded in a sealed file's row, opened as an export opens them (undefined when none). */
async function recordedSums(blobId: string): Promise<FileSums | undefined> {
  const opening = (await storedFile(blobId))?.opening;
  return opening?.sums && openSums(opening.key, opening.sums);
}

const exportZip = (sealedInMemory?: number) => exportSeed({ sealedInMemory });

/** Changes stored file rows as they are kept (no field layer). */
async function rewriteRows(change: (rows: StoredBlob[]) => StoredBlob[]): Promise<void> {
  const raw = new EstateDb(db().name, { sealing: false });
  try {
    await raw.table('blobs').bulkPut(change(await raw.table('blobs').toArray()));
  } finally {
    raw.close();
  }
}

/** The inputs WebCrypto's digest was given meanwhile, as text (the seed's files are text). */
function digestInputs(): string[] {
  const seen: string[] = [];
  const digest = crypto.subtle.digest.bind(crypto.subtle);
  vi.spyOn(crypto.subtle, 'digest').mockImplementation((alg, data) => {
    seen.push(new TextDecoder().decode(data as Uint8Array));
    return digest(alg, data);
  });
  return seen;
}
const hashedFiles = (seen: string[]) => seed.blobs.filter((b) => seen.includes(b.text)).map((b) => b.id);

describe('sealing a file records its checksums', () => {
  it('takes them from the plaintext sealed and keeps them sealed under the file key, not in the clear', async () => {
    const key = await vaultIn('on');
    const bytes = new TextEncoder().encode('%PDF-1.4\n% a death certificate\n%%EOF\n');
    const row = await sealFileRow({ id: 'blob-x', data: new Blob([bytes]) }, key!);
    expect(row.sums).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(row.sums!).toString('latin1')).not.toContain(sumsOf(bytes).sha256);
    await db().blobs.put(row);
    expect(await recordedSums('blob-x')).toEqual(sumsOf(bytes));
  });

  it('for a document stored with the lock on, and for every file of an import', DERIVES, async () => {
    await writeSeed({ ...seed, evidence: [], blobs: [] });
    await turnOnLock(PASS, PASS, 30);
    const bytes = new TextEncoder().encode('%PDF-1.4\n% certificate\n%%EOF\n');
    const item = await addDocument({ caseId: 'case-miller', file: Object.assign(new Blob([bytes]), { name: 'certificate.pdf' }) });
    expect(await recordedSums(item.files[0]!.blobId)).toEqual(sumsOf(bytes));

    await turnOffLock(PASS);
    await db().delete();
    await db().open();
    await writeSeed(seed);
    const zip = await exportZip();
    await db().delete();
    await db().open();
    await turnOnLock(PASS, PASS, 30);
    await applyImport(await inspectBundle(new Blob([zip as Uint8Array<ArrayBuffer>])), { kind: 'new' });
    for (const { id } of seed.blobs) expect(await recordedSums(id)).toEqual(sumsOf(seedBytes(id)));
  });
});

describe('turning the lock on and off, and changing the passphrase', DERIVES, () => {
  it('records them for every file on, keeps them through a new passphrase, drops them with the keys off', async () => {
    await writeSeed(seed);
    await turnOnLock(PASS, PASS, 30);
    for (const { id } of seed.blobs) expect(await recordedSums(id)).toEqual(sumsOf(seedBytes(id)));
    const before = await storedRows<StoredBlob>('blobs');

    await changePassphrase(PASS, 'red kite over the hill', 'red kite over the hill');
    expect((await storedRows<StoredBlob>('blobs')).map((row) => row.sums)).toEqual(before.map((row) => row.sums));
    for (const { id } of seed.blobs) expect(await recordedSums(id)).toEqual(sumsOf(seedBytes(id)));

    await turnOffLock('red kite over the hill');
    const plain = await storedRows<StoredBlob>('blobs');
    expect(plain).toHaveLength(seed.blobs.length);
    for (const row of plain) expect(Object.keys(row).sort()).toEqual(['data', 'id']);
  });
});

describe('an export with the lock on', DERIVES, () => {
  // A large export (above 128 MB) is written as one stream, its files opened on the page: the same bag.
  it.each([
    ['kept in memory', undefined],
    ['written as a stream, as a large one is', 0],
  ])(
    "opens each file's recorded checksums instead of hashing it again, and gives the same bag as with the lock off (%s)",
    async (_, sealedInMemory) => {
      await writeSeed(seed);
      const plainSeen = digestInputs();
      const plain = await exportZip();
      // With the lock off every file is hashed: nothing else shows its stored bytes unchanged.
      expect(hashedFiles(plainSeen).sort()).toEqual(seed.blobs.map((b) => b.id).sort());
      vi.restoreAllMocks();

      await turnOnLock(PASS, PASS, 30);
      const seen = digestInputs();
      const sealed = await exportZip(sealedInMemory);
      expect(hashedFiles(seen)).toEqual([]);
      // Byte for byte the bag of the lock off: the same manifests, CRC-32s and sizes; and an import checks them all.
      expect(sealed).toEqual(plain);
      expect((await inspectBundle(new Blob([sealed as Uint8Array<ArrayBuffer>]))).preview.files).toBe(seed.blobs.length);
    },
  );

  it('hashes a file sealed before checksums were kept, and gives the same bag', async () => {
    await writeSeed(seed);
    const plain = await exportZip();
    await turnOnLock(PASS, PASS, 30);
    await rewriteRows((rows) =>
      rows.map(({ sums, ...row }) => {
        expect(sums).toBeInstanceOf(Uint8Array);
        return row.id === 'blob-bill' ? row : { ...row, sums };
      }),
    );
    const seen = digestInputs();
    expect(await exportZip()).toEqual(plain);
    expect(hashedFiles(seen)).toEqual(['blob-bill']);
  });

  it("refuses checksums changed, taken from another file's row, or of another size, as a damaged file: no bundle", async () => {
    await writeSeed(seed);
    await turnOnLock(PASS, PASS, 30);
    const original = await storedRows<StoredBlob>('blobs');
    const byId = new Map(original.map((row) => [row.id, row]));
    // Said of the file, in the person's words (not "the key is wrong").
    const message =
      'The file of "Death certificate" could not be opened: it was changed or damaged on this computer after it was saved. Nothing else was changed.';
    const refused = async (change: (row: StoredBlob) => StoredBlob) => {
      await rewriteRows((rows) => rows.map((row) => (row.id === 'blob-certificate' ? change(row) : row)));
      for (const sealedInMemory of [undefined, 0]) {
        const attempt = exportZip(sealedInMemory);
        await expect(attempt).rejects.toThrow(SealError);
        await expect(attempt).rejects.toThrow(message);
      }
      await rewriteRows(() => original);
    };
    await refused((row) => {
      const sums = row.sums!.slice();
      sums[30]! ^= 1;
      return { ...row, sums };
    });
    await refused((row) => ({ ...row, sums: byId.get('blob-bill')!.sums }));
    // Sealed with this file's key and id, but saying another size: refused all the same.
    const fileKey = unwrapKey(vaultKey()!, byId.get('blob-certificate')!.fileKey!, 'estate:file-key:blob-certificate');
    const other = await sealSums(
      fileKey,
      { ...sumsOf(seedBytes('blob-certificate')), size: seedBytes('blob-certificate').byteLength + 1 },
      utf8('estate:file-sums:blob-certificate'),
    );
    await refused((row) => ({ ...row, sums: other }));
    // Nothing was changed by the refused exports.
    expect(await storedRows<StoredBlob>('blobs')).toEqual(original);
  });
});

describe('a sealed file damaged on this computer', DERIVES, () => {
  it('is named by "Check that nothing has changed", and opening it says why in plain words; nothing is changed', async () => {
    await writeSeed(seed);
    await turnOnLock(PASS, PASS, 30);
    await rewriteRows((rows) =>
      rows.map((row) => {
        if (row.id !== 'blob-certificate') return row;
        return { ...row, data: new Blob([row.data.slice(0, 40), new Uint8Array([0x58]), row.data.slice(41)]) };
      }),
    );
    const damaged = await storedRows<StoredBlob>('blobs');
    const { files, problems } = await checkIntegrity('case-miller');
    expect(files).toBe(3);
    expect(problems).toEqual([
      {
        evidenceId: 'ev-certificate',
        title: 'Death certificate',
        file: 'certificate.pdf',
        problem: 'it was changed or damaged on this computer after it was saved, so it cannot be opened',
      },
    ]);
    const opening = fileData('blob-certificate');
    await expect(opening).rejects.toThrow(SealError);
    expect(storageErrorMessage(await opening.catch((e: unknown) => e))).toBe(
      'This was changed or damaged on this computer after it was saved, so it cannot be opened. Nothing else was changed.',
    );
    expect(await storedRows<StoredBlob>('blobs')).toEqual(damaged);
  });
});
