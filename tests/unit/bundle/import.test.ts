/**
 * Hostile bundles (issue 13): each is a valid bag with every checksum right, so only
 * the import's own rules stop it. The victim is the seed case on this computer.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { applyImport, type ImportTarget, inspectBundle, isNewer } from '../../../lib/bundle/import';
import { deleteAccount } from '../../../lib/db/accountWrites';
import { db } from '../../../lib/db/database';
import { checkIntegrity, deleteEvidence } from '../../../lib/evidence/store';
import { useLanguage } from '../../../lib/i18n';
import { type Files, rootOf, zipFiles } from '../../fixtures/bags';
import { seedCase } from '../../fixtures/bundle-seed';
import {
  asAnotherCase,
  attackerPdf,
  edited,
  htmlEvidence,
  htmlPage,
  pointsAtStoredFile,
  readCase,
  replaceFile,
  replacesPerson,
  replacesProof,
  rewritesTrackedSite,
  sharesStoredFile,
  wrongDeclaredHash,
} from '../../fixtures/hostile-bundles';
import { exportSeedFiles } from '../exportSeed';
import { dump, useFreshDatabase, writeSeed } from '../freshDb';

useFreshDatabase('import');

const victimCertificate = seedCase().blobs.find((b) => b.id === 'blob-certificate')!.text;

const exportCase = (caseId: string, full: boolean): Promise<Files> =>
  exportSeedFiles({ caseId, includeSensitive: full, accountNumbers: full ? 'full' : 'last4' });

/** The victim's case on this computer, and a good bundle of it to craft hostile ones from. */
let good: Files;
beforeEach(async () => {
  await writeSeed(seedCase());
  good = await exportCase('case-miller', true);
});

const blobOf = (files: Files) => new Blob([readyZip.get(files)! as Uint8Array<ArrayBuffer>]);
const readyZip = new Map<Files, Uint8Array>();
async function inspect(files: Files) {
  readyZip.set(files, await zipFiles(files));
  return inspectBundle(blobOf(files));
}
async function importFiles(files: Files, target: ImportTarget = { kind: 'new' }) {
  const plan = await inspect(files);
  return { plan, result: await applyImport(plan, target) };
}
async function refused(files: Files, pattern: RegExp) {
  const before = await dump();
  const error = await inspect(files).then(
    () => undefined,
    (e: Error) => e,
  );
  expect(error?.name).toBe('Refusal');
  expect(error?.message).toMatch(pattern);
  expect(await dump()).toEqual(before);
  return error!.message;
}
const text = async (blobId: string) => (await db().blobs.get(blobId))?.data.text();
const evidence = async (id: string) => (await db().evidence.get(id))!;

describe('1. a bundle never makes a record point at a file it did not bring', () => {
  it("a new case naming this computer's certificate gets its own file; the victim's stays, in exports and after deletes", async () => {
    const { plan } = await importFiles(pointsAtStoredFile(good));
    expect(plan.preview.caseExists).toBe(false);
    const stolen = await evidence('x-ev-certificate');
    expect(stolen.files[0]!.blobId).not.toBe('blob-certificate');
    expect(await text(stolen.files[0]!.blobId)).toBe(new TextDecoder().decode(attackerPdf));
    expect(await text('blob-certificate')).toBe(victimCertificate);

    // A default export of the new case (sensitive left out) carries its own file, not the victim's.
    const exported = await exportCase('x-case-miller', false);
    const contents = Object.values(exported).map((bytes) => new TextDecoder().decode(bytes));
    expect(contents.some((c) => c.includes(victimCertificate))).toBe(false);
    expect(contents).toContain(new TextDecoder().decode(attackerPdf));

    // Deleting the new item, then its whole account, leaves the victim's file.
    const undo = await deleteEvidence('x-ev-certificate');
    expect(await text(stolen.files[0]!.blobId)).toBeUndefined();
    expect(await text('blob-certificate')).toBe(victimCertificate);
    await undo.restore();
    await deleteAccount('x-acct-att');
    expect(await checkIntegrity('case-miller')).toEqual({ files: 3, problems: [] });
  });

  it('the very same bytes under the same id are shared, and kept while any item still uses them', async () => {
    const blobsBefore = await db().blobs.count();
    await importFiles(sharesStoredFile(good));
    expect((await evidence('x-ev-bill')).files[0]!.blobId).toBe('blob-bill');
    expect(await db().blobs.count()).toBe(blobsBefore);
    const undo = await deleteAccount('x-acct-xfinity');
    await deleteEvidence('x-ev-certificate');
    expect(await checkIntegrity('case-miller')).toEqual({ files: 3, problems: [] });
    // The victim's own items deleted too: now the shared files go, and undo brings them back.
    const victimUndo = await deleteAccount('acct-xfinity');
    expect(await text('blob-bill')).toBeUndefined();
    await undo.restore();
    expect(await checkIntegrity('x-case-miller')).toEqual({ files: 2, problems: [] });
    await victimUndo.restore();
    expect(await checkIntegrity('case-miller')).toEqual({ files: 3, problems: [] });
  });

  it('importing the same hostile bundle again adds nothing (no orphan file)', async () => {
    await importFiles(pointsAtStoredFile(good));
    const before = await dump();
    const { result } = await importFiles(pointsAtStoredFile(good), { kind: 'merge', caseId: 'x-case-miller' });
    expect(result.written).toBe(0);
    expect(await dump()).toEqual(before);
  });
});

describe('2. an imported file is kept as what its bytes are, and only if it is a kind of proof', () => {
  it('refuses a web page declared as one', async () => {
    const message = await refused(htmlEvidence(good), /web page/);
    expect(message).toContain('“bill.html”');
    await refused(htmlEvidence(good, 'application/x-msdownload'), /not a kind of file kept as proof/);
  });

  it('refuses a web page or a program passed off as a PDF, and a bad saved page, picture or page text', async () => {
    const asBill = (bytes: Uint8Array) =>
      edited(good, (json, files) => {
        asAnotherCase(json);
        replaceFile(json, files, 'x-ev-bill', bytes);
      });
    await refused(asBill(htmlPage), /“bill\.pdf” is not a PDF or a picture/);
    await refused(asBill(new Uint8Array(readFileSync('tests/fixtures/program.pdf'))), /“bill\.pdf” is a program \(ELF\)/);
    const asCapture = (role: string, mime: string, bytes: Uint8Array) =>
      edited(good, (json, files) => {
        asAnotherCase(json);
        replaceFile(json, files, 'x-ev-capture', bytes);
        Object.assign(json.evidence.find((e: { id: string }) => e.id === 'x-ev-capture').files[0], { role, mime });
      });
    await refused(asCapture('archive', 'multipart/related', htmlPage), /“page\.mhtml” is not a saved web page/);
    await refused(asCapture('screenshot', 'image/png', attackerPdf), /not a PNG picture/);
    await refused(asCapture('text', 'text/plain', new Uint8Array([0x61, 0xff, 0xfe, 0x62])), /not readable text/);
  });

  it('keeps a picture declared as the wrong kind as what it is, and says so before the import', async () => {
    const png = new Uint8Array(readFileSync('tests/fixtures/returned-modem.png'));
    const files = edited(good, (json, f) => {
      asAnotherCase(json);
      replaceFile(json, f, 'x-ev-bill', png);
      Object.assign(json.evidence.find((e: { id: string }) => e.id === 'x-ev-bill').files[0], { mime: 'image/jpeg', name: 'modem.html' });
      replaceFile(json, f, 'x-ev-capture', new TextEncoder().encode('Plain page text, <b>not</b> markup.'));
      Object.assign(json.evidence.find((e: { id: string }) => e.id === 'x-ev-capture').files[0], { role: 'text', mime: 'TEXT/PLAIN' });
    });
    // Said in the panel's language.
    await useLanguage('es');
    try {
      expect((await inspect(files)).preview.notes).toEqual([
        '«modem.html» dice ser image/jpeg, pero es una imagen PNG; se guardará como una imagen PNG.',
      ]);
    } finally {
      await useLanguage('en');
    }
    const { plan } = await importFiles(files);
    expect(plan.preview.notes).toEqual(['“modem.html” is marked as image/jpeg but is a PNG image; it will be kept as a PNG image.']);
    const bill = (await evidence('x-ev-bill')).files[0]!;
    expect(bill.mime).toBe('image/png');
    expect((await db().blobs.get(bill.blobId))!.data.type).toBe('image/png');
    expect((await evidence('x-ev-capture')).files[0]!.mime).toBe('text/plain;charset=utf-8');
    // Exported again, its name ends as what it is.
    const exported = await exportCase('x-case-miller', true);
    const names = Object.keys(exported).filter((n) => n.includes('/data/evidence/'));
    expect(names.some((n) => n.endsWith('final-bill.png'))).toBe(true);
    expect(names.some((n) => n.endsWith('.html'))).toBe(false);
  });
});

describe('3. a newer bundle of the same case never replaces proof', () => {
  it('refuses another file for an evidence item already here', async () => {
    await refused(replacesProof(good), /different file for “Final bill”/);
  });

  it('keeps the person and the date of death of the case here, and says so before the import', async () => {
    const stored = await db().cases.get('case-miller');
    const { plan } = await importFiles(replacesPerson(good), { kind: 'merge', caseId: 'case-miller' });
    expect(plan.preview.notes).toEqual([
      expect.stringMatching(
        /names the person Somebody Else \(died 2025-01-01\).*stays that of Robert "Bob" Miller <b> \(died 2026-03-02\)/,
      ),
    ]);
    expect(await db().cases.get('case-miller')).toEqual(stored);
  });

  it('takes newer details of an item but keeps its files', async () => {
    const files = edited(good, (json) => {
      const bill = json.evidence.find((e: { id: string }) => e.id === 'ev-bill');
      Object.assign(bill, { title: 'Final bill (paid)', updatedAt: '2026-04-01T00:00:00.000Z' });
      bill.files[0].mime = 'image/png'; // a label only: the bytes are the stored PDF's
    });
    const before = await evidence('ev-bill');
    await importFiles(files, { kind: 'merge', caseId: 'case-miller' });
    expect(await evidence('ev-bill')).toEqual({ ...before, title: 'Final bill (paid)', updatedAt: '2026-04-01T00:00:00.000Z' });
  });
});

describe('9. tracked sites are shared by every case: an import adds missing ones and changes none', () => {
  it('keeps the tracked site here as it is, and adds the new one', async () => {
    const site = {
      id: 'user-mycoop-com',
      name: 'My Co-op Electric',
      category: 'electric' as const,
      domain: 'mycoop.com',
      createdAt: '2026-03-01T10:00:00.000Z',
    };
    await db().userProviders.add(site);
    await importFiles(rewritesTrackedSite(good, site), { kind: 'merge', caseId: 'case-miller' });
    expect(await db().userProviders.get(site.id)).toEqual(site);
    expect((await db().userProviders.get('user-citygas-net'))?.domain).toBe('citygas.net');
  });
});

describe("10. each file's declared SHA-256 and size are its bytes'", () => {
  it('refuses a record that declares another checksum or size than its file has', async () => {
    await refused(wrongDeclaredHash(good), /“bill\.pdf” of “Final bill” is not the file its record describes/);
    await refused(wrongDeclaredHash(good, 'size'), /“bill\.pdf” of “Final bill” is not the file its record describes/);
  });

  it("names the first wrong file in the records' order, though several files' kinds are read at once", async () => {
    // The bill and the certificate both declare a size that is not theirs: the bill comes first.
    const twoWrong = edited(good, (json) => {
      for (const id of ['ev-certificate', 'ev-bill']) json.evidence.find((e: { id: string }) => e.id === id).files[0].size += 1;
    });
    await refused(twoWrong, /^“bill\.pdf” of “Final bill” is not the file its record describes/);
    // The capture (first) is not a saved page, and the certificate (last) declares a wrong size: the capture is named.
    const firstNotAPage = edited(good, (json, files) => {
      replaceFile(json, files, 'ev-capture', new TextEncoder().encode('not a saved page'));
      json.evidence.find((e: { id: string }) => e.id === 'ev-certificate').files[0].size += 1;
    });
    await refused(firstNotAPage, /^“page\.mhtml” is not a saved web page \(MHTML\).[\s\S]*It is part of “Xfinity – Confirmation <script>”/);
  });
});

describe('12. "newer wins" compares instants', () => {
  const withAccount = (updatedAt: string) =>
    edited(good, (json) =>
      Object.assign(
        json.accounts.find((a: { id: string }) => a.id === 'acct-att'),
        { notes: 'from the bundle', updatedAt },
      ),
    );

  it('an older instant written with a later-looking offset does not win; a newer one written earlier-looking does', async () => {
    // Stored: 2026-03-03T10:00Z. 12:00+05:00 is 07:00Z (older); 09:00-05:00 is 14:00Z (newer).
    await importFiles(withAccount('2026-03-03T12:00:00+05:00'), { kind: 'merge', caseId: 'case-miller' });
    expect((await db().accounts.get('acct-att'))!.notes).toBeUndefined();
    await importFiles(withAccount('2026-03-03T09:00:00-05:00'), { kind: 'merge', caseId: 'case-miller' });
    expect(await db().accounts.get('acct-att')).toMatchObject({ notes: 'from the bundle', updatedAt: '2026-03-03T14:00:00.000Z' });
  });

  it('the rule itself compares instants, whatever form they are written in', () => {
    const at = (updatedAt: string) => ({ createdAt: '2026-01-01T00:00:00.000Z', updatedAt });
    expect(isNewer(at('2026-03-03T12:00:00+05:00'), at('2026-03-03T10:00:00.000Z'))).toBe(false);
    expect(isNewer(at('2026-03-03T09:00:00-05:00'), at('2026-03-03T10:00:00Z'))).toBe(true);
    expect(isNewer(at('2026-03-03T10:00:00Z'), at('2026-03-03T10:00:00.000Z'))).toBe(false);
    expect(isNewer(at('2026-03-03T10:00:00Z'), undefined)).toBe(true);
  });

  it('refuses a date in the year 9999', async () => {
    await refused(withAccount('9999-12-31T23:59:59.000Z'), /accounts\.\d\.updatedAt: .*between the years 1900 and 2200/);
  });
});

it('the crafted bundles are valid bags of the seed case (the fixtures themselves)', () => {
  expect(rootOf(good)).toMatch(/^estate-record-/);
  expect(readCase(good).evidence).toHaveLength(3);
});
