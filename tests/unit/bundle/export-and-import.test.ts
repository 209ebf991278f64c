import { createHash } from 'node:crypto';
import { crc32 as zlibCrc32 } from 'node:zlib';
import { deflateSync, zipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { validateBag } from '../../../lib/bundle/bagit';
import { exportBundle } from '../../../lib/bundle/export';
import { applyImport, inspectBundle } from '../../../lib/bundle/import';
import { escapeHtml } from '../../../lib/bundle/report';
import { BundleCase } from '../../../lib/bundle/schema';
import { readZip } from '../../../lib/bundle/zip';
import { webCrypto } from '../../../lib/checksums/hash';
import { db } from '../../../lib/db/database';
import { changeSteps, stepsOfAccount } from '../../../lib/db/steps';
import { editJson, type Files, rebag, rootOf, unzip, zipFiles, zipOf } from '../../fixtures/bags';
import { pdfHead, seedCase } from '../../fixtures/bundle-seed';
import { exportSeed } from '../exportSeed';
import { dump, useFreshDatabases, writeSeed } from '../freshDb';

const freshDb = useFreshDatabases('bundle');

async function seed() {
  const s = seedCase();
  await writeSeed(s);
  return s;
}

const now = new Date('2026-03-12T12:00:00');

const text = (f: Files, p: string) => new TextDecoder().decode(f[p]);

describe('export', () => {
  it('writes one valid BagIt bag with sha256 and sha512 manifests, case.json and a report', async () => {
    await seed();
    const zip = await exportSeed();
    const blob = new Blob([zip as Uint8Array<ArrayBuffer>]);
    const bag = await validateBag(blob, await readZip(blob), webCrypto);
    expect(bag.root).toBe('estate-record-robert-bob-miller-b-2026-03-12/');
    const files = unzip(zip);
    const root = rootOf(files);
    expect(text(files, `${root}bagit.txt`)).toBe('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');
    const info = text(files, `${root}bag-info.txt`);
    expect(info).toMatch(/^Bagging-Date: 2026-03-12$/m);
    // 3 evidence files, case.json, report.html and a packet for each form that fits the account with calls.
    const packets = Object.keys(files)
      .filter((n) => n.includes('/data/complaints/'))
      .map((n) => n.slice(n.indexOf('/data/') + 1))
      .sort();
    expect(packets).toEqual([
      'data/complaints/xfinity-9012/cfpb.html',
      'data/complaints/xfinity-9012/executive.html',
      'data/complaints/xfinity-9012/fcc.html',
    ]);
    expect(info).toMatch(/^Payload-Oxum: \d+\.8$/m);
    for (const p of packets) expect(text(files, `${root}manifest-sha256.txt`)).toContain(`  ${p}\n`);
    expect(text(files, `${root}data/complaints/xfinity-9012/fcc.html`)).toContain(
      '../../evidence/xfinity-9012/2026-03-04-capture-xfinity-confirmation-script.mhtml',
    );
    expect(info).toMatch(/^External-Description: Record of the accounts of Robert "Bob" Miller <b>/m);
    expect(text(files, `${root}manifest-sha256.txt`)).toMatch(/^[0-9a-f]{64} {2}data\/case\.json$/m);
    expect(text(files, `${root}manifest-sha512.txt`)).toMatch(/^[0-9a-f]{128} {2}data\/report\.html$/m);
    expect(
      Object.keys(files)
        .filter((n) => n.includes('/data/evidence/'))
        .sort(),
    ).toEqual([
      `${root}data/evidence/at-t-4567/2026-03-05-death-certificate-death-certificate.pdf`,
      `${root}data/evidence/xfinity-9012/2026-03-04-capture-xfinity-confirmation-script.mhtml`,
      `${root}data/evidence/xfinity-9012/2026-03-08-proof-of-payment-final-bill.pdf`,
    ]);
    const bundle = BundleCase.parse(JSON.parse(text(files, `${root}data/case.json`)));
    expect(bundle.accounts.find((a) => a.id === 'acct-xfinity')!.accountNumber).toBe('8499 1234 5678 9012');
    expect(bundle.evidence).toHaveLength(3);
  });

  it('renders a report with every text escaped, broken promises and unreturned devices flagged', async () => {
    await seed();
    const files = unzip(await exportSeed());
    const html = text(files, `${rootOf(files)}data/report.html`);
    expect(html).not.toMatch(/<script|<img|<i>/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain(escapeHtml('Robert "Bob" Miller <b>'));
    expect(html).toContain('Dana (ID 4471)');
    expect(html).toContain('CR-99812');
    expect(html).toContain('Still outstanding: Credit the March bill (promised by');
    expect(html).toMatch(/<span class="flag">Not returned yet<\/span>/);
    expect(html).toMatch(/promised Credit the March bill by [A-Z][a-z]+ \d+, 2026 \(NOT kept\)/);
    expect(html).toMatch(/href="evidence\/xfinity-9012\/2026-03-08-proof-of-payment-final-bill\.pdf"/);
    expect(html).toMatch(/<code class="sum">(<span>[0-9a-f]{8}<\/span> ){7}<span>[0-9a-f]{8}<\/span><\/code>/);
  });

  it('leaves out sensitive documents and shows only the last four digits by default', async () => {
    await seed();
    const files = unzip(await exportSeed({ includeSensitive: false, accountNumbers: 'last4' }));
    const root = rootOf(files);
    const bundle = BundleCase.parse(JSON.parse(text(files, `${root}data/case.json`)));
    expect(bundle.accounts.map((a) => a.accountNumber)).toEqual(['•••• 4567', '•••• 9012']);
    expect(bundle.evidence.map((e) => e.id)).not.toContain('ev-certificate');
    expect(bundle.tasks.find((t) => t.id === 'task-att')!.links.evidenceIds).toEqual([]);
    expect(Object.keys(files).some((n) => n.includes('certificate'))).toBe(false);
    expect(JSON.stringify(files)).not.toContain('8499 1234');
  });

  /** The seed with a blacked-out copy of the sensitive death certificate: linked by its field, or (made before it) by its title. */
  async function seedWithCopy(how: 'field' | 'title') {
    const s = seedCase();
    const text = `${pdfHead}the certificate with its SSN blacked out\n`;
    s.blobs.push({ id: 'blob-copy', text });
    const original = s.evidence.find((e) => e.id === 'ev-certificate')!;
    s.evidence.push({
      ...original,
      id: 'ev-copy',
      title: 'Death certificate (redacted copy)',
      sensitive: false,
      ...(how === 'field' ? { redaction: { of: 'ev-certificate' } } : {}),
      files: [
        {
          blobId: 'blob-copy',
          role: 'upload',
          mime: 'application/pdf',
          name: 'certificate-blacked-out.pdf',
          size: text.length,
          sha256: createHash('sha256').update(text).digest('hex'),
        },
      ],
    } as (typeof s.evidence)[number]);
    await writeSeed(s);
    return s;
  }
  const caseJson = (files: Files) => BundleCase.parse(JSON.parse(text(files, `${rootOf(files)}data/case.json`)));
  const fileNames = (files: Files) => Object.keys(files).join('\n');

  for (const how of ['field', 'title'] as const)
    it(`carries a blacked-out copy instead of its original, even with sensitive documents included (copy linked by its ${how})`, async () => {
      await seedWithCopy(how);
      const files = unzip(await exportSeed({ includeSensitive: true }));
      const bundle = caseJson(files);
      expect(bundle.evidence.map((e) => e.id).sort()).toEqual(['ev-bill', 'ev-capture', 'ev-copy']);
      // The copy says it is one; its original is not in the bundle, so the link to it is not either.
      expect(bundle.evidence.find((e) => e.id === 'ev-copy')!.redaction).toEqual({});
      expect(bundle.originalsIncluded).toBe(false);
      expect(fileNames(files)).toMatch(/death-certificate-redacted-copy\.pdf$/m);
      expect(fileNames(files)).not.toMatch(/death-certificate\.pdf$/m);
      expect(JSON.stringify(Object.values(files).map((f) => new TextDecoder().decode(f)))).not.toContain('contents of death certificate');
    });

  it('carries the originals too only when asked, each copy linked to its original, and the link survives the import', async () => {
    await seedWithCopy('title');
    const first = await exportSeed({ includeSensitive: true, includeOriginals: true });
    const bundle = caseJson(unzip(first));
    expect(bundle.evidence.map((e) => e.id).sort()).toEqual(['ev-bill', 'ev-capture', 'ev-certificate', 'ev-copy']);
    // An old copy, recognized by its title, leaves with its link written as a field.
    expect(bundle.evidence.find((e) => e.id === 'ev-copy')!.redaction).toEqual({ of: 'ev-certificate' });
    expect(bundle.originalsIncluded).toBe(true);
    // Asked for without the sensitive documents, a sensitive original still stays home.
    const without = caseJson(unzip(await exportSeed({ includeSensitive: false, includeOriginals: true })));
    expect(without.evidence.map((e) => e.id)).not.toContain('ev-certificate');
    freshDb();
    await applyImport(await inspectBundle(new Blob([first as Uint8Array<ArrayBuffer>])), { kind: 'new' });
    expect((await db().evidence.get('ev-copy'))!.redaction).toEqual({ of: 'ev-certificate' });
  });

  it('exports one account for one complaint', async () => {
    await seed();
    const files = unzip(await exportSeed({ accountId: 'acct-att' }));
    const bundle = BundleCase.parse(JSON.parse(text(files, `${rootOf(files)}data/case.json`)));
    expect(bundle.scope).toEqual({ kind: 'account', accountId: 'acct-att' });
    expect(bundle.accounts.map((a) => a.id)).toEqual(['acct-att']);
    expect(bundle.tasks.map((t) => t.id)).toEqual(['task-att']);
    expect(bundle.contacts).toEqual([]);
  });

  it('stores every file with the right CRC-32, as an independent unzip checks it', async () => {
    await seed();
    const zip = await exportSeed();
    const entries = await readZip(new Blob([zip as Uint8Array<ArrayBuffer>]));
    expect(entries.length).toBeGreaterThan(6);
    const files = unzip(zip);
    for (const entry of entries) {
      expect(entry.method).toBe(0);
      expect(entry.crc).toBe(zlibCrc32(files[entry.name]!)); // Node's zlib, not the code under test
    }
  });

  it('refuses a bundle over 4 GB before reading anything, with what to do instead', async () => {
    await seed();
    const [evidence] = await db().evidence.toArray();
    await db().evidence.put({ ...evidence!, files: evidence!.files.map((f) => ({ ...f, size: 5 * 1024 ** 3 })) });
    await expect(exportBundle({ caseId: 'case-miller', includeSensitive: true, accountNumbers: 'full', now })).rejects.toThrow(
      /larger than 4 GB.*one account at a time/,
    );
  });

  it('can be cancelled', async () => {
    await seed();
    const controller = new AbortController();
    controller.abort();
    await expect(
      exportBundle({
        caseId: 'case-miller',
        includeSensitive: true,
        accountNumbers: 'full',
        now,
        signal: controller.signal,
      }),
    ).rejects.toThrow();
  });
});

describe('import', () => {
  it('round-trips: same data in a fresh database, same manifests when exported again, and a second import changes nothing', async () => {
    await seed();
    const before = await dump();
    const first = await exportSeed();
    freshDb();
    const plan = await inspectBundle(new Blob([first as Uint8Array<ArrayBuffer>]));
    expect(plan.preview).toMatchObject({
      deceasedName: 'Robert "Bob" Miller <b>',
      files: 3,
      caseExists: false,
      counts: { tasks: 4, devices: 2, contacts: 1, promises: 2, evidence: 3, documentsSent: 1 },
    });
    const result = await applyImport(plan, { kind: 'new' });
    expect(result.written).toBeGreaterThan(0);
    expect(await dump()).toEqual(before);
    const second = await exportSeed();
    const [a, b] = [unzip(first), unzip(second)];
    for (const m of ['manifest-sha256.txt', 'manifest-sha512.txt']) expect(text(b, `${rootOf(b)}${m}`)).toBe(text(a, `${rootOf(a)}${m}`));

    const again = await inspectBundle(new Blob([second as Uint8Array<ArrayBuffer>]));
    expect(again.preview.caseExists).toBe(true);
    await expect(applyImport(again, { kind: 'new' })).rejects.toThrow(/already on this computer/);
    expect((await applyImport(again, { kind: 'merge', caseId: 'case-miller' })).written).toBe(0);
    expect(await dump()).toEqual(before);
  });

  it("merges a sibling's bundle into another case, and keeps what was changed here since", async () => {
    await seed();
    const zip = await exportSeed({ accountId: 'acct-att' });
    freshDb();
    const stamp = '2026-03-01T00:00:00.000Z';
    await db().cases.add({
      id: 'case-mine',
      deceasedName: 'Bob Miller',
      dateOfDeath: '2026-03-02',
      userRole: 'spouse',
      createdAt: stamp,
      updatedAt: stamp,
    });
    const plan = await inspectBundle(new Blob([zip as Uint8Array<ArrayBuffer>]));
    await applyImport(plan, { kind: 'merge', caseId: 'case-mine' });
    expect((await db().accounts.get('acct-att'))!.caseId).toBe('case-mine');
    expect(await db().cases.count()).toBe(1);
    expect((await stepsOfAccount('acct-att')).map((t) => [t.id, t.caseId])).toEqual([['task-att', 'case-mine']]);
    await db().accounts.update('acct-att', { notes: 'mine', updatedAt: '2027-01-01T00:00:00.000Z' });
    // A step changed here since, and a step of our own, stay as they are.
    await changeSteps({ id: 'acct-att', caseId: 'case-mine' }, (steps) => [
      ...steps.map((t) => ({ ...t, note: 'asked again', updatedAt: '2027-01-01T00:00:00.000Z' })),
      { ...steps[0]!, id: 'own-step', title: 'Mine', updatedAt: '2027-01-01T00:00:00.000Z' },
    ]);
    expect((await applyImport(plan, { kind: 'merge', caseId: 'case-mine' })).written).toBe(0);
    expect((await db().accounts.get('acct-att'))!.notes).toBe('mine');
    expect((await stepsOfAccount('acct-att')).map((t) => [t.id, t.note])).toEqual([
      ['task-att', 'asked again'],
      ['own-step', undefined],
    ]);
  });
});

describe('import refuses, and leaves the database exactly as it was', () => {
  let good: Files;
  let root: string;
  beforeEach(async () => {
    await seed();
    good = unzip(await exportSeed());
    root = rootOf(good);
    await db().cases.delete('case-miller'); // so a wrongly accepted bundle would change something
  });

  async function refused(zip: Uint8Array, pattern: RegExp, opts: Parameters<typeof inspectBundle>[1] = {}) {
    const before = await dump();
    const error = await inspectBundle(new Blob([zip as Uint8Array<ArrayBuffer>]), opts).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error?.message).toMatch(pattern);
    expect(error?.name).toBe('Refusal');
    expect(await dump()).toEqual(before);
  }
  const withEntry = (name: string) => zipOf([...Object.entries(good), [name, 'evil']]);

  it('entries that escape the bag', async () => {
    await refused(await withEntry('../evil.txt'), /"\.\.\/evil\.txt" climbs out/);
    await refused(await withEntry('/etc/evil'), /absolute path/);
    await refused(await withEntry(`${root}data\\evil.txt`), /backslash/);
    await refused(await withEntry('C:/evil.txt'), /names a drive/);
  });

  it('duplicate entries', async () => {
    await refused(await withEntry(`${root}data/case.json`), /appears twice/);
  });

  it('a file changed in the middle of the files read together, its length kept: named by its SHA-256', async () => {
    const evidence = Object.keys(good)
      .filter((n) => n.includes('/data/evidence/'))
      .sort();
    expect(evidence.length).toBeGreaterThanOrEqual(3);
    const middle = evidence[1]!;
    const changed = good[middle]!.slice();
    changed[changed.length - 1] = (changed.at(-1) ?? 0) ^ 1;
    const path = middle.slice(root.length).replace(/[.]/g, '\\.');
    await refused(
      await zipFiles({ ...good, [middle]: changed }),
      new RegExp(`the file "${path}" has changed since it was made \\(its SHA-256 fingerprint`),
    );
  });

  it('a file with the wrong checksum, one not listed, one listed but absent', async () => {
    const report = `${root}data/report.html`;
    await refused(
      await zipFiles({ ...good, [report]: new TextEncoder().encode('<p>changed</p>') }),
      /could not be checked: the file "data\/report\.html" has changed since it was made \(its SHA-256 fingerprint/,
    );
    await refused(
      await zipFiles({ ...good, [`${root}data/extra.txt`]: new Uint8Array([1]) }),
      /"data\/extra\.txt" is in the bag but not listed/,
    );
    const { [report]: _gone, ...without } = good;
    await refused(await zipFiles(without), /lists "data\/report\.html", but the bag does not hold it/);
  });

  it('a truncated or corrupt ZIP', async () => {
    const zip = await zipFiles(good);
    await refused(zip.slice(0, zip.length - 100), /cut short|damaged|not a ZIP/);
    await refused(zip.slice(0, 1000), /cut short|not a ZIP/);
    const corrupt = zip.slice();
    corrupt.fill(0x41, 200, 260);
    await refused(corrupt, /damaged|has changed since it was made/);
    await refused(new TextEncoder().encode('just text, not a zip at all'), /not a ZIP/);
  });

  it('ZIP bombs: too many entries, too much data, a crazy ratio', { timeout: 30_000 }, async () => {
    const zip = await zipFiles(good);
    await refused(zip, /holds \d+ files; more than 3/, { limits: { maxEntries: 3, maxTotalSize: 1e9, maxRatio: 100 } });
    await refused(zip, /unpack to more than/, { limits: { maxEntries: 100, maxTotalSize: 1000, maxRatio: 100 } });
    const bomb = zipSync({ ...good, [`${root}data/zeros.bin`]: new Uint8Array(50 * 1024 * 1024) }, { level: 9 });
    await refused(bomb, /refused as a ZIP bomb/);
    expect(deflateSync(new Uint8Array(50 * 1024 * 1024), { level: 9 }).length).toBeLessThan(100_000);
  });

  it('an unknown format version, JSON that does not match the schema, broken references', async () => {
    const cj = `${root}data/case.json`;
    await refused(await zipFiles(rebag(editJson(good, cj, (j) => (j.formatVersion = 2)))), /newer version of the extension \(format 2\)/);
    await refused(
      await zipFiles(rebag(editJson(good, cj, (j) => (j.case.dateOfDeath = 'yesterday')))),
      /case\.dateOfDeath: Use a date like/,
    );
    await refused(
      await zipFiles(rebag(editJson(good, cj, (j) => (j.devices[1].accountId = 'nowhere')))),
      /device dev-modem points to a missing account/,
    );
    await refused(await zipFiles(rebag({ ...good, [cj]: new TextEncoder().encode('{not json') })), /not readable JSON/);
  });

  it('a bundle larger than the free storage', async () => {
    await refused(await zipFiles(good), /larger than the free storage/, { freeBytes: 1000 });
  });
});
