/**
 * The seed's case (tests/fixtures/bundle-seed.ts, written with writeSeed) exported as the
 * unit tests export it: the whole case, sensitive documents and full account numbers
 * included, dated SEED_EXPORTED; `options` changes any of that.
 */
import { type ExportOptions, exportBundle } from '../../lib/bundle/export';
import { type Files, unzip } from '../fixtures/bags';

export const SEED_EXPORTED = new Date('2026-03-12T12:00:00');

/** The ZIP's bytes. */
export async function exportSeed(options: Partial<ExportOptions> = {}): Promise<Uint8Array<ArrayBuffer>> {
  const { blob } = await exportBundle({
    caseId: 'case-miller',
    includeSensitive: true,
    accountNumbers: 'full',
    now: SEED_EXPORTED,
    ...options,
  });
  return new Uint8Array(await blob.arrayBuffer());
}

/** The ZIP's files, by path. */
export async function exportSeedFiles(options: Partial<ExportOptions> = {}): Promise<Files> {
  return unzip(await exportSeed(options));
}
