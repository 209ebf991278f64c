import { describe, expect, it } from 'vitest';
import { planFiles } from '../../../lib/bundle/layout';
import type { Evidence, EvidenceFile } from '../../../lib/model';

const stamp = '2026-03-04T10:00:00.000Z';
const item = (id: string, file: Partial<EvidenceFile>): Evidence => ({
  id,
  caseId: 'c',
  kind: 'document',
  title: `Item ${id}`,
  capturedAt: stamp,
  referenceNumbers: [],
  sensitive: false,
  files: [{ blobId: `b-${id}`, role: 'upload', mime: 'application/pdf', name: 'x.pdf', size: 1, sha256: '0'.repeat(64), ...file }],
  createdAt: stamp,
  updatedAt: stamp,
});

describe('paths in the bag', () => {
  it("end as the file's checked type says, never as its name claims", () => {
    const paths = planFiles({
      accounts: [],
      userProviders: [],
      evidence: [
        item('1', { name: 'invoice.html', mime: 'application/pdf' }),
        item('2', { name: 'setup.exe', mime: 'image/png' }),
        item('3', { name: 'page.html', mime: 'Text/HTML' }), // stored before imports were checked
        item('4', { name: 'notes', mime: 'text/plain;charset=utf-8', role: 'text' }),
      ],
    }).map((f) => f.path);
    expect(paths).toEqual([
      'data/evidence/case/2026-03-04-document-item-1.pdf',
      'data/evidence/case/2026-03-04-document-item-2.png',
      'data/evidence/case/2026-03-04-document-item-3.bin',
      'data/evidence/case/2026-03-04-document-item-4.txt',
    ]);
  });
});
