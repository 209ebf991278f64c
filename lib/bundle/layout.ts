/**
 * Where things go in a bundle: the ZIP's name, and each evidence file's path in
 * the bag (data/evidence/<account>/<date>-<kind>-<title>.<ext>), readable by a
 * person and accepted by every file system. The extension comes from the file's
 * checked type, never from its name (a name can say .html or .exe).
 */
import { localDate } from '../dates';
import { extensionOf } from '../evidence/filetype';
import { providerName } from '../labels';
import type { Evidence, EvidenceFile } from '../model';
import { buildMatcher } from '../providers/registry';
import type { BundleCase, BundleFile } from './schema';

/** A name a person can read and every file system accepts. */
export function slug(s: string, max = 40): string {
  return (
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, max)
      .replace(/-+$/, '')
      .toLowerCase() || 'file'
  );
}

/** A provider's name by its id: the registry's, else one the user added (carried in the bundle), else the id. */
export function providerNameFor(userProviders: BundleCase['userProviders']) {
  const providers = buildMatcher(userProviders);
  return (id: string) => providerName(providers, id);
}

/** Each file of a saved page named by what it is, in words a reader of the bag understands. */
// A page's copy (.html) and Chrome's archive of it (.mhtml) are both the page, told apart by their ending.
const fileWords: Record<EvidenceFile['role'], string> = {
  archive: 'page',
  copy: 'page',
  screenshot: 'picture',
  text: 'text',
  upload: 'file',
};

/** An evidence file and where it goes in the bag. */
export type PlannedFile = BundleFile & { evidence: Evidence; file: EvidenceFile };

/** Where each evidence file goes in the bag: data/evidence/<account>/<date>-<kind>-<title>.<ext>. */
export function planFiles(b: Pick<BundleCase, 'evidence' | 'accounts' | 'userProviders'>): PlannedFile[] {
  const name = providerNameFor(b.userProviders);
  const accounts = new Map(b.accounts.map((a) => [a.id, a]));
  const used = new Set<string>();
  const seenBlobs = new Set<string>();
  const out: PlannedFile[] = [];
  for (const e of b.evidence) {
    const a = e.accountId ? accounts.get(e.accountId) : undefined;
    const folder = a ? slug(`${name(a.providerId)}${a.accountNumber ? `-${a.accountNumber.slice(-4)}` : ''}`) : 'case';
    for (const file of e.files) {
      if (seenBlobs.has(file.blobId)) continue; // one blob shared by two records is stored once
      seenBlobs.add(file.blobId);
      const base = `data/evidence/${folder}/${e.capturedAt.slice(0, 10)}-${e.kind === 'page_capture' ? 'capture' : slug(e.documentKind ?? 'document')}-${slug(e.title, 40)}${e.files.length > 1 ? `-${fileWords[file.role]}` : ''}`;
      let path = `${base}.${extensionOf(file.mime, file.role)}`;
      for (let n = 2; used.has(path); n++) path = `${base}-${n}.${extensionOf(file.mime, file.role)}`;
      used.add(path);
      out.push({ blobId: file.blobId, path, evidence: e, file });
    }
  }
  return out;
}

/** The ZIP's name; the bag inside is one folder named like it. */
export function bundleFileName(deceasedName: string, now: Date): string {
  return `estate-record-${slug(deceasedName, 40)}-${localDate(now)}.zip`;
}
