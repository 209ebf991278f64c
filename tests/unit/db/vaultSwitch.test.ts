import { describe, expect, it } from 'vitest';
import { applyImport, inspectBundle } from '../../../lib/bundle/import';
import { caseOverview } from '../../../lib/db/caseReads';
import { db } from '../../../lib/db/database';
import { rowsOfCase } from '../../../lib/db/records';
import { VAULT_SETTING } from '../../../lib/db/vault';
import {
  changePassphrase,
  finishSwitch,
  lockNow,
  readVaultConfig,
  turnOffLock,
  turnOnLock,
  unlock,
  unlockWait,
  vaultStatus,
  wrongPassphrase,
} from '../../../lib/db/vaultSwitch';
import { addDocument, checkIntegrity, fileData, saveCapture } from '../../../lib/evidence/store';
import { caseRecordKinds } from '../../../lib/model/records';
import { VaultError, VaultLockedError } from '../../../lib/vault/errors';
import { setVaultKey, vaultKey, vaultMode } from '../../../lib/vault/state';
import { seedCase } from '../../fixtures/bundle-seed';
import { exportSeed } from '../exportSeed';
import { useFreshDatabase, writeSeed } from '../freshDb';
import { resetVaultAfterEach, storedRows, storedText } from '../vaultTest';

useFreshDatabase('switch');
resetVaultAfterEach();

const PASS = 'blue heron morning tide';
const seed = seedCase();

async function everything() {
  const records = await rowsOfCase(
    'case-miller',
    caseRecordKinds.map((k) => k.key),
  );
  const files = await Promise.all(seed.blobs.map(async (b) => (await fileData(b.id))?.text()));
  return { case: await db().cases.get('case-miller'), records, files };
}

/** The texts of the seed a stranger must not find in storage: names, notes, summaries, file contents. */
const secrets = [
  'Robert \\"Bob\\" Miller',
  'Ann Miller',
  '8499 1234 5678 9012',
  '12 Elm St',
  'Tell Xfinity about the death',
  'Dana (ID 4471)',
  'Said the modem return',
  'Credit the March bill',
  'Xfinity bereavement team',
  'UPS 1Z999',
  'certificate.pdf',
  'https://customer.xfinity.com/confirm',
];

async function storedFileTexts(): Promise<string[]> {
  return Promise.all((await storedRows<{ data: Blob }>('blobs')).map((row) => row.data.text()));
}

// Each turn and unlock derives a key with PBKDF2 (600,000 iterations): on a busy machine a few of them pass 5 s.
const DERIVES = { timeout: 30_000 };

describe('turning the lock on and off', DERIVES, () => {
  it('encrypts every record and file in place; everything reads the same; turning it off gives the plain rows back', async () => {
    await writeSeed(seed);
    const plain = await everything();
    const plainRows = await storedText();
    for (const text of secrets) expect(plainRows).toContain(text);
    expect((await storedFileTexts()).some((t) => t.includes('death certificate'))).toBe(true);

    const seen: number[] = [];
    await turnOnLock(PASS, PASS, 30, { onProgress: (done) => seen.push(done) });
    expect(vaultMode()).toBe('on');
    expect(await readVaultConfig()).toMatchObject({ state: 'on', idleMinutes: 30, kdf: { iterations: 600_000 } });
    expect(seen.at(-1)).toBeGreaterThan(10);
    const sealed = await storedText();
    expect(secrets.filter((text) => sealed.includes(text))).toEqual([]);
    expect((await storedFileTexts()).filter((t) => t.includes('certificate') || t.includes('bill'))).toEqual([]);
    expect(await everything()).toEqual(plain);
    expect(await checkIntegrity('case-miller')).toEqual({ files: 3, problems: [] });

    await turnOffLock(PASS);
    expect(vaultMode()).toBe('off');
    expect(vaultKey()).toBeUndefined();
    expect(await db().settings.get(VAULT_SETTING)).toBeUndefined();
    expect(await everything()).toEqual(plain);
    expect(await storedText()).not.toContain('_vault');
    expect((await storedFileTexts()).some((t) => t.includes('death certificate'))).toBe(true);
  });

  it('exports the same bundle with the lock on, and imports into a locked-on vault sealed', async () => {
    await writeSeed(seed);
    const before = await exportSeed();
    await turnOnLock(PASS, PASS, 30);
    const after = await exportSeed();
    expect(after).toEqual(before);

    await db().delete();
    await db().open();
    await turnOnLock(PASS, PASS, 30);
    await applyImport(await inspectBundle(new Blob([after])), { kind: 'new' });
    const sealedText = await storedText();
    expect(secrets.filter((text) => sealedText.includes(text))).toEqual([]);
    expect(await fileData('blob-certificate').then((b) => b?.text())).toBe(seed.blobs[2]!.text);
    // The same bundle again: its files are recognised by their opened bytes, not stored twice.
    expect((await applyImport(await inspectBundle(new Blob([after])), { kind: 'merge', caseId: 'case-miller' })).written).toBe(0);
    expect(await storedRows('blobs')).toHaveLength(3);
  });

  it('refuses a short passphrase, two that differ, and a second lock; nothing is stored', async () => {
    await expect(turnOnLock('short', 'short', 30)).rejects.toThrow(/at least 10 characters/);
    await expect(turnOnLock(PASS, `${PASS}.`, 30)).rejects.toThrow(/not the same/);
    expect(await readVaultConfig()).toBeUndefined();
    expect(vaultKey()).toBeUndefined();
    await turnOnLock(PASS, PASS, 30);
    await expect(turnOnLock(PASS, PASS, 30)).rejects.toThrow(/already on/);
  });
});

describe('locked and unlocked', DERIVES, () => {
  it('locked: nothing personal can be read or saved; the right passphrase opens everything', async () => {
    await writeSeed(seed);
    const plain = await everything();
    await turnOnLock(PASS, PASS, 30);
    await lockNow();
    expect(await vaultStatus()).toMatchObject({ mode: 'on', locked: true });
    await expect(caseOverview('2026-03-12')).rejects.toThrow(VaultLockedError);
    await expect(fileData('blob-bill')).rejects.toThrow(VaultLockedError);
    const capture = saveCapture({
      caseId: 'case-miller',
      url: 'https://customer.xfinity.com/x',
      title: 'Confirmation',
      capturedAt: new Date(),
      archive: new Blob(['mhtml']),
      text: 'page',
    });
    await expect(capture).rejects.toThrow(/locked/);
    await expect(unlock('not the passphrase')).rejects.toThrow(wrongPassphrase());
    await unlock(PASS);
    expect(await vaultStatus()).toMatchObject({ mode: 'on', locked: false });
    expect(await everything()).toEqual(plain);
  });

  it('a new document stored with the lock on is sealed, and opens the same', async () => {
    await writeSeed({ ...seed, evidence: [], blobs: [] });
    await turnOnLock(PASS, PASS, 30);
    const bytes = new TextEncoder().encode('%PDF-1.4\n% MARKER-7731 certificate\n%%EOF\n');
    const file = Object.assign(new Blob([bytes]), { name: 'certificate.pdf' });
    const item = await addDocument({ caseId: 'case-miller', file, title: 'Certificate MARKER-7731' });
    expect(await storedText()).not.toContain('MARKER-7731');
    expect((await storedFileTexts()).join()).not.toContain('MARKER-7731');
    expect(await fileData(item.files[0]!.blobId).then((b) => b?.text())).toContain('MARKER-7731');
  });

  it('wrong passphrases: a calm message, then a growing wait kept in the database (a reload does not reset it)', async () => {
    await turnOnLock(PASS, PASS, 30);
    await lockNow();
    const t0 = Date.UTC(2026, 2, 12, 12);
    await expect(unlock('wrong one', t0)).rejects.toThrow(wrongPassphrase());
    await expect(unlock('wrong two', t0 + 1000)).rejects.toThrow(wrongPassphrase());
    await expect(unlock('wrong three', t0 + 2000)).rejects.toThrow(/next try is possible in 30 seconds/);
    // Even the right one waits, and no key is derived meanwhile.
    await expect(unlock(PASS, t0 + 10_000)).rejects.toThrow(/Please wait 22 seconds/);
    expect(await unlockWait(t0 + 10_000)).toBe(22_000);
    await expect(unlock('wrong four', t0 + 32_000)).rejects.toThrow(/next try is possible in 1 minute/);
    expect(vaultKey()).toBeUndefined();
    await unlock(PASS, t0 + 93_000);
    expect(vaultKey()).toBeDefined();
    expect(await unlockWait(t0 + 93_000)).toBe(0);
  });

  it('changing the passphrase re-wraps the key and touches no record or file', async () => {
    await writeSeed(seed);
    await turnOnLock(PASS, PASS, 30);
    const rows = await storedText();
    const files = await storedFileTexts();
    await expect(changePassphrase('wrong passphrase', 'red kite over the hill', 'red kite over the hill')).rejects.toThrow(VaultError);
    await changePassphrase(PASS, 'red kite over the hill', 'red kite over the hill');
    const after = (await storedText()).split('\n').filter((line) => !line.includes('"key":"vault'));
    expect(after).toEqual(rows.split('\n').filter((line) => !line.includes('"key":"vault')));
    expect(await storedFileTexts()).toEqual(files);
    await lockNow();
    await expect(unlock(PASS)).rejects.toThrow(wrongPassphrase());
    await unlock('red kite over the hill');
    expect((await db().cases.get('case-miller'))?.deceasedName).toBe(seed.cases[0]!.deceasedName);
  });
});

describe('an interrupted switch (worker stopped, browser closed) loses nothing and finishes later', () => {
  class Stop extends Error {}

  /** The steps of a whole run, in order. */
  async function stepsOf(run: (afterStep: (step: string) => void) => Promise<void>): Promise<string[]> {
    const steps: string[] = [];
    await run((step) => steps.push(step));
    return steps;
  }

  for (const direction of ['on', 'off'] as const) {
    it(`turning ${direction}: stopped after each step in turn`, { timeout: 120_000 }, async () => {
      const start = async () => {
        await db().delete();
        await db().open();
        setVaultKey(undefined);
        await writeSeed(seed);
        if (direction === 'off') await turnOnLock(PASS, PASS, 30);
      };
      const run = (afterStep: (step: string) => void) =>
        direction === 'on' ? turnOnLock(PASS, PASS, 30, { afterStep }) : turnOffLock(PASS, { afterStep });
      await start();
      const plain = await everything();
      const steps = await stepsOf(run);
      expect(steps.length).toBeGreaterThan(8);
      for (let stopAt = 0; stopAt < steps.length - 1; stopAt++) {
        await start();
        let count = 0;
        await expect(
          run(() => {
            if (count++ === stopAt) throw new Stop(`stopped after ${steps[stopAt]}`);
          }),
        ).rejects.toThrow(Stop);
        // Half-way: with the key, everything is there.
        expect(await everything()).toEqual(plain);
        // The browser closes: the key is gone; the passphrase opens it again and the switch finishes.
        setVaultKey(undefined);
        expect(await vaultStatus()).toMatchObject({ locked: true });
        await unlock(PASS);
        expect(await finishSwitch()).toBe(direction);
        expect(await everything()).toEqual(plain);
        const text = await storedText();
        if (direction === 'on') expect(secrets.filter((s) => text.includes(s))).toEqual([]);
        else expect(text).not.toContain('_vault');
        // Each file's row was written whole: sealed with its checksums (lib/checksums/fileSums.ts), or plain without them.
        const files = await storedRows<{ fileKey?: Uint8Array; sums?: Uint8Array }>('blobs');
        expect(files.map((row) => [row.fileKey !== undefined, row.sums !== undefined])).toEqual(
          files.map(() => [direction === 'on', direction === 'on']),
        );
      }
    });
  }
});
