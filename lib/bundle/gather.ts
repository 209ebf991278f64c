/**
 * The records of a bundle, gathered from the database: every kind of record of
 * the case (lib/model/records), with what the export's options leave out left
 * out, and nothing left pointing at what was left out.
 */
import { db } from '../db/database';
import { rowsOfCase } from '../db/records';
import { maskAccountNumber } from '../derived/states';
import { t } from '../i18n';
import type { Evidence } from '../model';
import { type CaseRecordKey, caseRecordKinds, withoutMissingReferences } from '../model/records';
import { originalsWithCopies, withCopyLinks } from '../redact/copy';
import { type BundleCase, FORMAT_VERSION } from './schema';

/** What goes in: the whole case or one account, sensitive documents or not, account numbers in full or not. */
export interface GatherOptions {
  caseId: string;
  /** Only this account, for one complaint. */
  accountId?: string;
  includeSensitive: boolean;
  /**
   * The originals of documents the user made a blacked-out copy of. Left out unless
   * asked for: the copy goes in their place (an original shows what was blacked out).
   */
  includeOriginals?: boolean;
  accountNumbers: 'full' | 'last4';
}

/**
 * What may leave the computer in an export: records marked sensitive (a
 * certificate showing an SSN, a date of birth, a cause of death) only when the
 * user chose to include them.
 */
export function exportable<T extends object>(items: readonly T[], options: { includeSensitive: boolean }): T[] {
  return items.filter((item) => options.includeSensitive || (item as { sensitive?: unknown }).sensitive !== true);
}

/**
 * The documents an export carries: sensitive ones only when the user included them,
 * and an original that has a blacked-out copy only when the user asked for originals
 * too (its copy goes either way); every copy with its link to its original written
 * as a field, also for copies kept before the field existed.
 */
export function evidenceToExport<T extends Evidence>(
  evidence: readonly T[],
  options: Pick<GatherOptions, 'includeSensitive' | 'includeOriginals'>,
): T[] {
  const linked = withCopyLinks(evidence);
  const stayHome = options.includeOriginals ? new Set<string>() : originalsWithCopies(linked);
  return exportable(linked, options).filter((e) => !stayHome.has(e.id));
}

/** What every row of the case's records has. */
interface CaseRow {
  id: string;
  caseId: string;
  accountId?: string;
  createdAt: string;
  updatedAt: string;
}

/** The latest change to the case or any of its records. */
export function latestChange(b: Pick<BundleCase, 'case' | CaseRecordKey>): string {
  return (
    [b.case, ...caseRecordKinds.flatMap((kind): readonly CaseRow[] => b[kind.key])]
      .map((r) => r.updatedAt)
      // biome-ignore lint/complexity/useMathMinMax: these are ISO date strings, compared as text
      .reduce((a, c) => (a > c ? a : c))
  );
}

const byCreated = <T extends { createdAt: string; id: string }>(rows: T[]) =>
  rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));

type CaseRecords = Pick<BundleCase, CaseRecordKey>;

/** The records of the bundle, from the database, with what the options leave out left out. */
export async function gatherCase(opts: GatherOptions): Promise<Omit<BundleCase, 'files'>> {
  const d = db();
  const estateCase = await d.cases.get(opts.caseId);
  if (!estateCase) throw new Error(t('errors.caseGone'));
  const stored: CaseRecords = await rowsOfCase(
    opts.caseId,
    caseRecordKinds.map((kind) => kind.key),
  );
  // Copies and originals are told apart over the whole case, before one account is chosen.
  stored.evidence = evidenceToExport(stored.evidence, opts);
  const accounts = stored.accounts
    .filter((a) => !opts.accountId || a.id === opts.accountId)
    .map((a) => ({
      ...a,
      accountNumber: opts.accountNumbers === 'last4' ? maskAccountNumber(a.accountNumber) : a.accountNumber,
    }));
  if (opts.accountId && accounts.length === 0) throw new Error(t('errors.accountGone'));
  const inScope = (rows: readonly CaseRow[]) =>
    exportable(opts.accountId ? rows.filter((r) => r.accountId === opts.accountId) : rows, opts);
  const chosen = new Map<CaseRecordKey, CaseRow[]>();
  for (const kind of caseRecordKinds) {
    const rows: readonly CaseRow[] = kind.key === 'accounts' ? accounts : stored[kind.key];
    chosen.set(kind.key, kind.scope === 'account' ? inScope(rows) : exportable(rows, opts));
  }

  // What was left out must not be pointed at.
  const ids = new Map([...chosen].map(([key, rows]) => [key as string, new Set(rows.map((r) => r.id))]));
  const exists = (to: string, id: string) => ids.get(to)?.has(id) ?? false;
  const records: Partial<Record<CaseRecordKey, CaseRow[]>> = {};
  for (const kind of caseRecordKinds)
    records[kind.key] = byCreated(chosen.get(kind.key)!).map((row) => withoutMissingReferences(row, kind, exists));

  const providerIds = new Set(accounts.map((a) => a.providerId));
  const userProviders = (await d.userProviders.toArray()).filter((p) => providerIds.has(p.id));
  const gathered = { case: estateCase, ...(records as CaseRecords) };
  return {
    formatVersion: FORMAT_VERSION,
    asOf: latestChange(gathered),
    scope: opts.accountId ? { kind: 'account', accountId: opts.accountId } : { kind: 'case' },
    accountNumbers: opts.accountNumbers,
    sensitiveIncluded: opts.includeSensitive,
    originalsIncluded: opts.includeOriginals === true,
    ...gathered,
    userProviders: userProviders.sort((a, b) => a.id.localeCompare(b.id)),
  };
}
