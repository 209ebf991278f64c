/**
 * What inspectBundle (lib/bundle/import.ts) does before anything is written, beyond
 * the checks of export-and-import.test.ts: the text it accepts is cleaned by the
 * model's schemas, and a bundle larger than any real estate is refused.
 */
import { describe, expect, it } from 'vitest';
import { applyImport, inspectBundle } from '../../../lib/bundle/import';
import { Refusal } from '../../../lib/bundle/refusal';
import { db } from '../../../lib/db/database';
import { useLanguage } from '../../../lib/i18n';
import { caseLimits, type LimitedKey } from '../../../lib/model/limits';
import { recordKind } from '../../../lib/model/records';
import { editJson, type Files, rebag, rootOf, zipFiles } from '../../fixtures/bags';
import { seedCase } from '../../fixtures/bundle-seed';
import { exportSeedFiles } from '../exportSeed';
import { useFreshDatabases, writeSeed } from '../freshDb';

const freshDb = useFreshDatabases('inspect');

/** The seed case exported, as bag files, and the database emptied again. */
async function exported(): Promise<{ files: Files; caseJson: string }> {
  await writeSeed(seedCase());
  const files = await exportSeedFiles();
  freshDb();
  return { files, caseJson: `${rootOf(files)}data/case.json` };
}

const blobOf = (zip: Uint8Array) => new Blob([zip as Uint8Array<ArrayBuffer>]);

describe('text in an imported bundle', () => {
  it('loses its bidirectional control characters: a reference number is stored and shown as typed', async () => {
    const { files, caseJson } = await exported();
    const edited = rebag(
      editJson(files, caseJson, (j) => {
        j.contacts[0].referenceNumber = 'REF\u202E4321';
        j.case.deceasedName = 'Robert \u2067Miller\u2069';
        const capture = j.evidence.find((e: { id: string }) => e.id === 'ev-capture');
        capture.referenceNumbers = ['CR-\u202E99812'];
        capture.files[0].name = 'page\u202Elmth.exe';
      }),
    );
    const plan = await inspectBundle(blobOf(await zipFiles(edited)));
    expect(plan.preview.deceasedName).toBe('Robert Miller');
    await applyImport(plan, { kind: 'new' });
    expect((await db().contacts.get('contact-1'))!.referenceNumber).toBe('REF4321');
    const capture = (await db().evidence.get('ev-capture'))!;
    expect(capture.referenceNumbers).toEqual(['CR-99812']);
    expect(capture.files[0]!.name).toBe('pagelmth.exe');
  });
});

describe('a bundle larger than any estate', () => {
  /** Copies of the first row of each kind (new ids), up to `counts` rows, in a bag that is otherwise valid. */
  function grown(files: Files, caseJson: string, counts: Partial<Record<LimitedKey, number>>): Files {
    return rebag(
      editJson(files, caseJson, (j) => {
        for (const [key, count] of Object.entries(counts) as Array<[LimitedKey, number]>) {
          const template =
            key === 'userProviders'
              ? { name: 'A site', category: 'electric', domain: 'site.com', createdAt: '2026-03-03T10:00:00.000Z' }
              : { ...j[key][0], files: key === 'evidence' ? [] : undefined, taskId: undefined };
          const rows = j[key] as Array<{ id: string }>;
          for (let i = rows.length; i < count; i += 1)
            rows.push({
              ...template,
              id: key === 'userProviders' ? `user-site-${i}` : `${key}-${i}`,
              ...(key === 'userProviders' ? { domain: `site-${i}.com` } : {}),
            });
        }
      }),
    );
  }

  async function refusedUnchanged(zip: Uint8Array, pattern: RegExp) {
    const before = { cases: await db().cases.toArray(), accounts: await db().accounts.toArray(), settings: await db().settings.toArray() };
    const error = await inspectBundle(blobOf(zip)).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error?.name).toBe('Refusal');
    expect(error?.message).toMatch(pattern);
    expect({ cases: await db().cases.toArray(), accounts: await db().accounts.toArray(), settings: await db().settings.toArray() }).toEqual(
      before,
    );
  }

  it('is refused before anything is written: 10,000 accounts, with the numbers and what it means', async () => {
    const { files, caseJson } = await exported();
    // Someone's own case stays as it is, and stays the active one.
    await writeSeed({
      ...seedCase(),
      cases: [{ ...seedCase().cases[0]!, id: 'case-mine' }],
      accounts: [],
      tasks: [],
      devices: [],
      documentsSent: [],
      contacts: [],
      promises: [],
      evidence: [],
      blobs: [],
    });
    await db().settings.put({ key: 'activeCaseId', value: 'case-mine' });
    await refusedUnchanged(
      await zipFiles(grown(files, caseJson, { accounts: 10_000 })),
      /^This copy holds 10,000 accounts; one estate can hold at most 200\. No real estate has that many, so the file is probably damaged or was not made by this extension\. Nothing was imported\.$/,
    );
  });

  it.each(Object.entries(caseLimits) as Array<[LimitedKey, number]>)('is refused with one %s over the limit (%i)', async (key, limit) => {
    const { files, caseJson } = await exported();
    const label = recordKind(key).label.many;
    await refusedUnchanged(
      await zipFiles(grown(files, caseJson, { [key]: limit + 1 })),
      new RegExp(`holds ${(limit + 1).toLocaleString('en-US')} ${label}; one estate can hold at most ${limit.toLocaleString('en-US')}\\.`),
    );
  });

  it('is accepted at every limit at once', { timeout: 60_000 }, async () => {
    const { files, caseJson } = await exported();
    const plan = await inspectBundle(blobOf(await zipFiles(grown(files, caseJson, caseLimits))));
    expect(plan.preview.accounts).toHaveLength(caseLimits.accounts);
    expect(plan.preview.counts).toEqual({
      tasks: caseLimits.tasks,
      devices: caseLimits.devices,
      documentsSent: caseLimits.documentsSent,
      contacts: caseLimits.contacts,
      promises: caseLimits.promises,
      escalations: caseLimits.escalations,
      evidence: caseLimits.evidence,
    });
  });
});

describe('a refusal, in plain words and in detail', () => {
  const refusalOf = (file: Blob, opts?: Parameters<typeof inspectBundle>[1]) =>
    inspectBundle(file, opts).then(
      () => undefined,
      (e: Refusal) => e,
    );

  it('says what kind of problem it is, in plain words in the language shown, and keeps the exact finding', async () => {
    const notZip = await refusalOf(new Blob(['just some text, not a ZIP at all']));
    expect(notZip).toBeInstanceOf(Refusal);
    expect(notZip!.kind).toBe('notACopy');
    expect(notZip!.plain()).toBe('This file is not a copy made by this extension, or not a complete one.');
    expect(notZip!.message).toMatch(/ZIP/);
    await useLanguage('es');
    try {
      expect(notZip!.plain()).toBe('Este archivo no es una copia hecha con esta extensión, o no está completa.');
    } finally {
      await useLanguage('en');
    }

    const { files, caseJson } = await exported();
    const changed = await refusalOf(blobOf(await zipFiles({ ...files, [caseJson]: new TextEncoder().encode('{}') })));
    expect(changed!.kind).toBe('damaged');

    const tooLarge = await refusalOf(blobOf(await zipFiles(files)), { freeBytes: 10 });
    expect(tooLarge!.kind).toBe('tooLarge');
    expect(tooLarge!.plain()).toBe('There is not enough free space on this computer for this copy.');
  });
});
