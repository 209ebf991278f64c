import { describe, expect, it } from 'vitest';
import { evidenceToExport, exportable, gatherCase, latestChange } from '../../../lib/bundle/gather';
import { BundleCase, brokenReference } from '../../../lib/bundle/schema';
import { db } from '../../../lib/db/database';
import { changeSteps } from '../../../lib/db/steps';
import { Evidence } from '../../../lib/model';
import { seedCase } from '../../fixtures/bundle-seed';
import { useFreshDatabase, writeSeed } from '../freshDb';

describe('what an export may include', () => {
  const items = [{ id: 'a', sensitive: false }, { id: 'b', sensitive: true }, { id: 'c' }];
  it('leaves sensitive documents out unless the user includes them', () => {
    expect(exportable(items, { includeSensitive: false }).map((i) => i.id)).toEqual(['a', 'c']);
    expect(exportable(items, { includeSensitive: true }).map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(exportable([], { includeSensitive: false })).toEqual([]);
  });
});

describe('which documents an export carries, copies and originals', () => {
  const stamp = '2026-03-01T10:00:00.000Z';
  const doc = (id: string, title: string, more: Partial<Evidence> = {}) =>
    Evidence.parse({
      id,
      caseId: 'c',
      accountId: 'a',
      kind: 'document',
      title,
      capturedAt: stamp,
      files: [],
      createdAt: stamp,
      updatedAt: stamp,
      ...more,
    });
  const certificate = doc('cert', 'Death certificate', { sensitive: true });
  const copy = doc('copy', 'Death certificate (redacted copy)', { redaction: { of: 'cert' } });
  const oldCopy = doc('old-copy', 'Obituary (redacted copy)');
  const obituary = doc('obit', 'Obituary');
  const bill = doc('bill', 'Final bill');
  const id = (rows: Evidence[]) => rows.map((e) => e.id);

  it('sends a blacked-out copy in place of its original, whatever the sensitive choice', () => {
    const all = [certificate, copy, obituary, oldCopy, bill];
    expect(id(evidenceToExport(all, { includeSensitive: false }))).toEqual(['copy', 'old-copy', 'bill']);
    expect(id(evidenceToExport(all, { includeSensitive: true }))).toEqual(['copy', 'old-copy', 'bill']);
  });

  it('sends the originals too only when asked for, a sensitive one only with the sensitive documents', () => {
    const all = [certificate, copy, obituary, oldCopy, bill];
    expect(id(evidenceToExport(all, { includeSensitive: true, includeOriginals: true }))).toEqual([
      'cert',
      'copy',
      'obit',
      'old-copy',
      'bill',
    ]);
    expect(id(evidenceToExport(all, { includeSensitive: false, includeOriginals: true }))).toEqual(['copy', 'obit', 'old-copy', 'bill']);
  });

  it('writes each copy’s link as a field, also for a copy recognized by its title', () => {
    const out = evidenceToExport([obituary, oldCopy], { includeSensitive: true, includeOriginals: true });
    expect(out.find((e) => e.id === 'old-copy')!.redaction).toEqual({ of: 'obit' });
    // A sensitive document with no copy goes as before, when included.
    expect(id(evidenceToExport([certificate, bill], { includeSensitive: true }))).toEqual(['cert', 'bill']);
  });
});

describe('gathering the records of a bundle', () => {
  useFreshDatabase('gather');

  async function seed() {
    const s = seedCase();
    await writeSeed(s);
    return s;
  }
  const full = { caseId: 'case-miller', includeSensitive: true, accountNumbers: 'full' } as const;

  it('gathers every kind of record of the case, oldest first, as of the latest change', async () => {
    const s = await seed();
    const gathered = await gatherCase(full);
    for (const key of ['accounts', 'tasks', 'devices', 'documentsSent', 'contacts', 'promises', 'escalations', 'evidence'] as const)
      expect(gathered[key].map((r) => r.id).sort(), key).toEqual(s[key].map((r) => r.id).sort());
    const stamps = [s.cases, s.accounts, s.tasks, s.devices, s.documentsSent, s.contacts, s.promises, s.escalations, s.evidence]
      .flat()
      .map((r) => r.updatedAt);
    expect(gathered.asOf).toBe(stamps.sort().at(-1));
    expect(brokenReference(BundleCase.parse({ ...gathered, files: [] }))).toMatch(/has a file that is not in the bundle/);
  });

  it('keeps nothing pointing at a record of another account, in one account’s bundle', async () => {
    await seed();
    await changeSteps({ id: 'acct-att', caseId: 'case-miller' }, (steps) =>
      steps.map((t) => ({ ...t, promiseId: 'promise-1', links: { ...t.links, contactIds: ['contact-1'] } })),
    );
    await db().evidence.update('ev-certificate', { taskId: 'task-notify', contactId: 'contact-1' });
    const gathered = await gatherCase({ ...full, accountId: 'acct-att' });
    const [task] = gathered.tasks;
    expect(task).toMatchObject({ id: 'task-att', links: { contactIds: [], evidenceIds: ['ev-certificate'] } });
    expect(task!.promiseId).toBeUndefined();
    const [certificate] = gathered.evidence;
    expect([certificate!.id, certificate!.taskId, certificate!.contactId]).toEqual(['ev-certificate', undefined, undefined]);
    expect(certificate!.accountId).toBe('acct-att');
  });

  it('refuses a case or an account that is gone', async () => {
    await seed();
    await expect(gatherCase({ ...full, caseId: 'nothing' })).rejects.toThrow('That case no longer exists.');
    await expect(gatherCase({ ...full, accountId: 'nothing' })).rejects.toThrow('That account no longer exists.');
  });

  it('dates the records by their latest change', () => {
    const row = (updatedAt: string) => ({ updatedAt });
    const b = {
      case: row('2026-03-01T00:00:00.000Z'),
      accounts: [row('2026-03-02T00:00:00.000Z')],
      tasks: [],
      devices: [],
      documentsSent: [],
      contacts: [],
      promises: [],
      escalations: [row('2026-03-03T00:00:00.000Z')],
      evidence: [row('2026-03-05T00:00:00.000Z'), row('2026-03-04T00:00:00.000Z')],
    };
    expect(latestChange(b as never)).toBe('2026-03-05T00:00:00.000Z');
  });
});
