/**
 * case.json, the machine-readable case inside a bundle: composed from the model's
 * own schemas (one schema, many uses), one entry for each kind of record in
 * lib/model/records (in its order), plus a format version and where each evidence
 * file lies in the bag.
 */
import { z } from 'zod';
import { id, isoDateTime } from '../model';
import { type CaseRecordKey, caseRecordKinds, type RecordKind, recordKind, recordKinds, referencedIds } from '../model/records';

export const FORMAT_VERSION = 1;

export const BundleFile = z.object({
  blobId: id,
  /** Path inside the bag, under data/. */
  path: z.string().min(6).max(500).startsWith('data/'),
});
export type BundleFile = z.infer<typeof BundleFile>;

/** Each kind of record under its key: the case as itself, every other kind as a list of rows. */
type RecordsShape = {
  [K in RecordKind as K['key']]: K['scope'] extends 'root'
    ? K['schema']
    : K extends { laterInBundles: true }
      ? z.ZodDefault<z.ZodArray<K['schema']>>
      : z.ZodArray<K['schema']>;
};
const recordsShape = Object.fromEntries(
  recordKinds.map((kind) => [
    kind.key,
    kind.scope === 'root' ? kind.schema : 'laterInBundles' in kind ? z.array(kind.schema).default([]) : z.array(kind.schema),
  ]),
) as RecordsShape;

export const BundleCase = z.object({
  formatVersion: z.literal(FORMAT_VERSION),
  /** The latest change to any record: the record is as of then (kept stable so re-exports match). */
  asOf: isoDateTime,
  /** The whole case, or one account of it (for one complaint). */
  scope: z.discriminatedUnion('kind', [z.object({ kind: z.literal('case') }), z.object({ kind: z.literal('account'), accountId: id })]),
  accountNumbers: z.enum(['full', 'last4']),
  sensitiveIncluded: z.boolean(),
  /** The originals of blacked-out copies went too (bundles before this field: no copies were told apart). */
  originalsIncluded: z.boolean().default(false),
  ...recordsShape,
  files: z.array(BundleFile),
});
export type BundleCase = z.infer<typeof BundleCase>;

/** What every row of the case's records has (and the files of those that list files). */
interface CaseRow {
  id: string;
  caseId: string;
  files?: ReadonlyArray<{ blobId: string }>;
}

/** The rows of one kind of the case's records in a bundle. */
const rowsIn = (b: Pick<BundleCase, CaseRecordKey>, key: CaseRecordKey): readonly CaseRow[] => b[key];

/** Every reference between records points at a record in the bundle; returns the first that does not. */
export function brokenReference(b: BundleCase): string | undefined {
  const ids = new Map<string, Set<string>>();
  for (const kind of caseRecordKinds) {
    const seen = new Set<string>();
    ids.set(kind.key, seen);
    for (const row of rowsIn(b, kind.key)) {
      if (seen.has(row.id)) return `two ${kind.label.one} records share the id ${row.id}`;
      seen.add(row.id);
      if (row.caseId !== b.case.id) return `the ${kind.label.one} ${row.id} belongs to another case`;
    }
  }
  const need = (to: CaseRecordKey, ref: string | undefined, from: string) =>
    ref !== undefined && !ids.get(to)!.has(ref) ? `${from} points to a missing ${recordKind(to).label.one} (${ref})` : undefined;
  const blobs = new Set(b.files.map((f) => f.blobId));
  if (blobs.size !== b.files.length) return 'two files share one blob id';
  const paths = new Set(b.files.map((f) => f.path));
  if (paths.size !== b.files.length) return 'two files share one path';
  if (b.scope.kind === 'account') {
    const problem = need('accounts', b.scope.accountId, 'the scope');
    if (problem) return problem;
  }
  for (const kind of caseRecordKinds) {
    for (const row of rowsIn(b, kind.key)) {
      const from = `${kind.label.one} ${row.id}`;
      for (const ref of kind.references) {
        for (const refId of referencedIds(row, ref)) {
          const problem = need(ref.to, refId, from);
          if (problem) return problem;
        }
      }
      if (kind.files) {
        for (const f of row.files ?? []) if (!blobs.has(f.blobId)) return `${from} has a file that is not in the bundle (${f.blobId})`;
      }
    }
  }
  return undefined;
}
