/**
 * What inspectBundle (lib/bundle/import.ts) does before anything is written, beyond
 * the checks of export-and-import.test.ts: the text it accepts is cleaned by the
 * model's schemas, and a bundle larger than any real estate is refused.
 */
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportBundle } from '../../../lib/bundle/export';
import { applyImport, inspectBundle } from '../../../lib/bundle/import';
import { db, EstateDb, useDatabase } from '../../../lib/db/database';
import { editJson, type Files, rebag, rootOf, unzip, zipFiles } from '../../fixtures/bags';
import { seedCase } from '../../fixtures/bundle-seed';
import { writeSeed } from '../freshDb';

const names: string[] = [];
function freshDb() {
  const name = `inspect-${crypto.randomUUID()}`;
  names.push(name);
  useDatabase(new EstateDb(name));
}
beforeEach(freshDb);
afterEach(async () => {
  db().close();
  for (const n of names.splice(0)) await Dexie.delete(n);
});

/** The seed case exported, as bag files, and the database emptied again. */
async function exported(): Promise<{ files: Files; caseJson: string }> {
  await writeSeed(seedCase());
  const { stream } = await exportBundle({
    caseId: 'case-miller',
    includeSensitive: true,
    accountNumbers: 'full',
    now: new Date('2026-03-12T12:00:00'),
  });
  const files = unzip(new Uint8Array(await new Response(stream).arrayBuffer()));
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
