import { describe, expect, it } from 'vitest';
import { applyImport, inspectBundle } from '../../../lib/bundle/import';
import { db } from '../../../lib/db/database';
import { editJson, rebag, rootOf, unzip, zipFiles } from '../../fixtures/bags';
import { seedCase } from '../../fixtures/bundle-seed';
import { exportSeed } from '../exportSeed';
import { useFreshDatabases, writeSeed } from '../freshDb';

const freshDb = useFreshDatabases('escalation-bundle');

async function exported(): Promise<Uint8Array> {
  await writeSeed(seedCase());
  return exportSeed();
}

describe('an escalation in a proof bundle', () => {
  it('is written to case.json and comes back exactly as it was in another browser', async () => {
    const zip = await exported();
    const files = unzip(zip);
    const caseJson = JSON.parse(new TextDecoder().decode(files[`${rootOf(files)}data/case.json`]));
    expect(caseJson.escalations).toEqual(seedCase().escalations);
    const stored = await db().escalations.toArray();
    freshDb();
    const plan = await inspectBundle(new Blob([zip as Uint8Array<ArrayBuffer>]));
    expect(plan.preview.counts).toMatchObject({ escalations: 1 });
    await applyImport(plan, { kind: 'new' });
    expect(await db().escalations.toArray()).toEqual(stored);
  });

  it('a bundle written before escalations existed (no such key) still imports, with none', async () => {
    const files = unzip(await exported());
    const root = rootOf(files);
    freshDb();
    const older = rebag(
      editJson(files, `${root}data/case.json`, (j) => {
        delete j.escalations;
      }),
    );
    const plan = await inspectBundle(new Blob([(await zipFiles(older)) as Uint8Array<ArrayBuffer>]));
    await applyImport(plan, { kind: 'new' });
    expect(await db().escalations.count()).toBe(0);
    expect(await db().promises.count()).toBe(2);
  });
});
