/**
 * The report a copy would hold (report.html), made now to be read and printed from
 * the panel: the same records, the same words, the same file names, without making
 * the ZIP. Each file's SHA-256 is the one the vault took when the file was kept (the
 * export computes it again from the bytes; for a file that has not changed, and the
 * panel's "Check that nothing has changed" says so, they are the same). Written in the
 * language asked for (the panel's, for the page the user reads); English by default.
 */
import { localDate, localTimeZone } from '../dates';
import type { Language } from '../i18n';
import { type GatherOptions, gatherCase } from './gather';
import { planFiles, providerNameFor } from './layout';
import { renderReport } from './report';
import { BundleCase } from './schema';

export async function readableReport(opts: GatherOptions & { now?: Date; timeZone?: string; language?: Language }): Promise<string> {
  const gathered = await gatherCase(opts);
  const planned = planFiles(gathered);
  const bundle = BundleCase.parse({ ...gathered, files: planned.map(({ blobId, path }) => ({ blobId, path })) });
  const sha256 = new Map(planned.map((f) => [f.path, f.file.sha256]));
  return renderReport({
    bundle,
    sha256,
    providerName: providerNameFor(bundle.userProviders),
    today: localDate(opts.now ?? new Date()),
    timeZone: opts.timeZone ?? localTimeZone(),
    language: opts.language,
  });
}
