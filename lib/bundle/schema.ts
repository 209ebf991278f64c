/**
 * case.json, the machine-readable case inside a bundle: composed from the model's
 * own schemas (one schema, many uses) plus a format version and where each
 * evidence file lies in the bag.
 */
import { z } from 'zod';
import { Account, Contact, Device, DocumentSent, EstateCase, Evidence, id, isoDateTime, PromiseMade, Task, UserProvider } from '../model';

export const FORMAT_VERSION = 1;

export const BundleFile = z.object({
  blobId: id,
  /** Path inside the bag, under data/. */
  path: z.string().min(6).max(500).startsWith('data/'),
});
export type BundleFile = z.infer<typeof BundleFile>;

export const BundleCase = z.object({
  formatVersion: z.literal(FORMAT_VERSION),
  /** The latest change to any record: the record is as of then (kept stable so re-exports match). */
  asOf: isoDateTime,
  /** The whole case, or one account of it (for one complaint). */
  scope: z.discriminatedUnion('kind', [z.object({ kind: z.literal('case') }), z.object({ kind: z.literal('account'), accountId: id })]),
  accountNumbers: z.enum(['full', 'last4']),
  sensitiveIncluded: z.boolean(),
  case: EstateCase,
  accounts: z.array(Account),
  tasks: z.array(Task),
  devices: z.array(Device),
  documentsSent: z.array(DocumentSent),
  contacts: z.array(Contact),
  promises: z.array(PromiseMade),
  evidence: z.array(Evidence),
  userProviders: z.array(UserProvider),
  files: z.array(BundleFile),
});
export type BundleCase = z.infer<typeof BundleCase>;

/** Every reference between records points at a record in the bundle; returns the first that does not. */
export function brokenReference(b: BundleCase): string | undefined {
  const tables = {
    account: b.accounts,
    task: b.tasks,
    device: b.devices,
    'document sent': b.documentsSent,
    contact: b.contacts,
    promise: b.promises,
    evidence: b.evidence,
  };
  const ids: Record<string, Set<string>> = {};
  for (const [name, rows] of Object.entries(tables)) {
    ids[name] = new Set();
    for (const row of rows) {
      if (ids[name].has(row.id)) return `two ${name} records share the id ${row.id}`;
      ids[name].add(row.id);
      if (row.caseId !== b.case.id) return `the ${name} ${row.id} belongs to another case`;
    }
  }
  const need = (kind: string, ref: string | undefined, from: string) =>
    ref !== undefined && !ids[kind]!.has(ref) ? `${from} points to a missing ${kind} (${ref})` : undefined;
  const blobs = new Set(b.files.map((f) => f.blobId));
  if (blobs.size !== b.files.length) return 'two files share one blob id';
  const paths = new Set(b.files.map((f) => f.path));
  if (paths.size !== b.files.length) return 'two files share one path';
  const problems = [
    b.scope.kind === 'account' ? need('account', b.scope.accountId, 'the scope') : undefined,
    ...b.tasks.flatMap((t) => [
      need('account', t.accountId, `task ${t.id}`),
      need('promise', t.promiseId, `task ${t.id}`),
      ...t.links.contactIds.map((r) => need('contact', r, `task ${t.id}`)),
      ...t.links.documentSentIds.map((r) => need('document sent', r, `task ${t.id}`)),
      ...t.links.evidenceIds.map((r) => need('evidence', r, `task ${t.id}`)),
    ]),
    ...b.devices.map((d) => need('account', d.accountId, `device ${d.id}`)),
    ...b.documentsSent.map((d) => need('account', d.accountId, `document sent ${d.id}`)),
    ...b.contacts.map((c) => need('account', c.accountId, `contact ${c.id}`)),
    ...b.promises.flatMap((p) => [need('account', p.accountId, `promise ${p.id}`), need('contact', p.contactId, `promise ${p.id}`)]),
    ...b.evidence.flatMap((e) => [
      need('account', e.accountId, `evidence ${e.id}`),
      need('task', e.taskId, `evidence ${e.id}`),
      need('device', e.deviceId, `evidence ${e.id}`),
      need('contact', e.contactId, `evidence ${e.id}`),
      need('document sent', e.documentSentId, `evidence ${e.id}`),
      ...e.files.map((f) => (blobs.has(f.blobId) ? undefined : `evidence ${e.id} has a file that is not in the bundle (${f.blobId})`)),
    ]),
  ];
  return problems.find((p) => p !== undefined);
}
