/** The report opened from the panel is the very report.html the copy holds (lib/bundle/readableReport.ts). */
import { describe, expect, it } from 'vitest';
import { readableReport } from '../../../lib/bundle/readableReport';
import { rootOf } from '../../fixtures/bags';
import { seedCase } from '../../fixtures/bundle-seed';
import { exportSeedFiles } from '../exportSeed';
import { useFreshDatabases, writeSeed } from '../freshDb';

useFreshDatabases('readable-report');
const now = new Date('2026-03-12T12:00:00');

async function exportedReport(opts: { accountId?: string; includeSensitive: boolean; accountNumbers: 'full' | 'last4' }): Promise<string> {
  const files = await exportSeedFiles(opts);
  return new TextDecoder().decode(files[`${rootOf(files)}data/report.html`]);
}

describe('readableReport', () => {
  it.each([
    { includeSensitive: true, accountNumbers: 'full' as const },
    { includeSensitive: false, accountNumbers: 'last4' as const },
  ])('is the report.html of the copy made with the same choices (%o)', async (choices) => {
    await writeSeed(seedCase());
    const report = await readableReport({ caseId: 'case-miller', ...choices, now });
    expect(report).toBe(await exportedReport(choices));
  });

  it('for one account holds that account only, as its copy does', async () => {
    const seed = seedCase();
    await writeSeed(seed);
    const accountId = seed.accounts[0]!.id;
    const report = await readableReport({ caseId: 'case-miller', accountId, includeSensitive: false, accountNumbers: 'last4', now });
    expect(report).toBe(await exportedReport({ accountId, includeSensitive: false, accountNumbers: 'last4' }));
  });
});
