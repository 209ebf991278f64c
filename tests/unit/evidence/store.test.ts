import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { sha256Hex } from '../../../lib/checksums/hex';
import { deleteAccount } from '../../../lib/db/accountWrites';
import { addAccount, createCase } from '../../../lib/db/caseWrites';
import { db } from '../../../lib/db/database';
import { stepsOfCase } from '../../../lib/db/steps';
import { captureTab, noAccessReason, noScreenshotNote, PICTURES_LEFT_OUT, type TabApi } from '../../../lib/evidence/capture';
import {
  addDocument,
  checkIntegrity,
  deleteEvidence,
  EvidenceError,
  evidenceOfCase,
  isQuotaError,
  relinkEvidence,
  renameEvidence,
  saveCapture,
  storageErrorMessage,
  storageFullMessage,
} from '../../../lib/evidence/store';
import { useLanguage } from '../../../lib/i18n';
import { COPY_POLICY } from '../../../lib/page/snapshot';
import { providerById } from '../../../lib/providers';
import { useFreshDatabase } from '../freshDb';

useFreshDatabase();

const file = (path: string, as = path) => Object.assign(new Blob([readFileSync(`tests/fixtures/${path}`)]), { name: as });
const at = new Date('2026-03-20T15:04:05.000Z');

async function estate() {
  const c = await createCase({ deceasedName: 'Robert Miller', dateOfDeath: '2026-03-02', userRole: 'child' });
  const account = await addAccount(c.id, providerById('xfinity')!, 'close');
  return { caseId: c.id, account };
}

async function counts() {
  return { evidence: await db().evidence.count(), blobs: await db().blobs.count() };
}

describe('keeping documents', () => {
  it('stores the file and its metadata together, with the SHA-256 of the stored bytes', async () => {
    const { caseId, account } = await estate();
    const item = await addDocument(
      { caseId, accountId: account.id, file: file('death-certificate.pdf'), documentKind: 'death_certificate', sensitive: true },
      at,
    );
    expect(item).toMatchObject({
      kind: 'document',
      title: 'death-certificate.pdf',
      sensitive: true,
      accountId: account.id,
      capturedAt: at.toISOString(),
    });
    expect(item.files).toHaveLength(1);
    const stored = (await db().blobs.get(item.files[0]!.blobId))!.data;
    expect(item.files[0]!.sha256).toBe(await sha256Hex(readFileSync('tests/fixtures/death-certificate.pdf')));
    expect(await sha256Hex(stored)).toBe(item.files[0]!.sha256);
    expect(item.files[0]).toMatchObject({ mime: 'application/pdf', role: 'upload', size: stored.size });
  });

  it('refuses a program renamed .pdf and an empty file, storing nothing', async () => {
    const { caseId } = await estate();
    await expect(addDocument({ caseId, file: file('program.pdf', 'certificate.pdf') })).rejects.toThrow(/program \(ELF\)/);
    await expect(addDocument({ caseId, file: Object.assign(new Blob([]), { name: 'empty.pdf' }) })).rejects.toThrow(/empty/);
    expect(await counts()).toEqual({ evidence: 0, blobs: 0 });
  });

  it('refuses a link to a record of another estate', async () => {
    const { caseId } = await estate();
    const other = await estate();
    await expect(addDocument({ caseId, accountId: other.account.id, file: file('returned-modem.png') })).rejects.toThrow(
      /not part of this estate/,
    );
    expect(await counts()).toEqual({ evidence: 0, blobs: 0 });
  });
});

describe('a full disk', () => {
  it('recognizes QuotaExceededError bare and wrapped by Dexie', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(isQuotaError(quota)).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted', quota))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted'))).toBe(false);
    expect(isQuotaError(new Error('other'))).toBe(false);
  });

  it("recognizes Chromium's full disk while writing files: DataError 'Failed to write blobs (IOError)'", () => {
    const blobs = () => new DOMException('Failed to write blobs (IOError)', 'DataError');
    expect(isQuotaError(blobs())).toBe(true);
    // As Dexie wraps it: the transaction's AbortError (its message is "DataError Failed to write blobs (IOError)").
    expect(isQuotaError(new Dexie.AbortError(blobs()))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted', blobs()))).toBe(true);
    expect(isQuotaError(new Dexie.DataError('Failed to write blobs (IOError)'))).toBe(true);
    expect(isQuotaError(new Dexie.BulkError('blobs.bulkAdd(): 1 of 1 operations failed', { 0: blobs() }))).toBe(true);
    expect(isQuotaError(new Error('could not save', { cause: blobs() }))).toBe(true);
    expect(isQuotaError({ name: 'AbortError', message: 'DataError Failed to write blobs (IOError)' })).toBe(true);
    expect(storageErrorMessage(new Dexie.AbortError(blobs()))).toBe(storageFullMessage());
    // Another DataError (a bad key) is not a full disk.
    expect(isQuotaError(new DOMException('Data provided to an operation does not meet requirements.', 'DataError'))).toBe(false);
    expect(
      isQuotaError(new Dexie.AbortError(new DOMException('Evaluating the object store key path did not yield a value.', 'DataError'))),
    ).toBe(false);
  });

  it.each([
    ['bare', () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')],
    ['wrapped', () => new Dexie.AbortError('Transaction aborted', new DOMException('The quota has been exceeded.', 'QuotaExceededError'))],
    ['a failed blob write, bare', () => new DOMException('Failed to write blobs (IOError)', 'DataError')],
    ['a failed blob write, wrapped', () => new Dexie.AbortError(new DOMException('Failed to write blobs (IOError)', 'DataError'))],
  ])('gives a clear message and stores nothing (%s)', async (_kind, makeError) => {
    const { caseId } = await estate();
    // The evidence row is written after the blob: failing there proves the blob is rolled back too.
    vi.spyOn(db().evidence, 'add').mockImplementation((() => Promise.reject(makeError())) as never);
    const attempt = addDocument({ caseId, file: file('returned-modem.png') });
    await expect(attempt).rejects.toBeInstanceOf(EvidenceError);
    await expect(attempt).rejects.toThrow(storageFullMessage());
    expect(await counts()).toEqual({ evidence: 0, blobs: 0 });
  });
});

describe('captured pages', () => {
  it('keeps archive, text and references, hashes each file', async () => {
    const { caseId, account } = await estate();
    const archive = new Blob(['MIME-Version: 1.0\r\n\r\n<html>...</html>'], { type: 'multipart/related' });
    const item = await saveCapture({
      caseId,
      accountId: account.id,
      url: 'https://www.xfinity.com/support/confirm',
      title: '  Request received <img src=x onerror=alert(1)>  ',
      capturedAt: at,
      archive,
      text: 'We received your request.\nConfirmation number: XF-2026-0042',
    });
    expect(item.title).toBe('Request received <img src=x onerror=alert(1)>');
    expect(item.referenceNumbers).toEqual(['XF-2026-0042']);
    expect(item.files.map((f) => f.role)).toEqual(['archive', 'text']);
    expect(item.files[0]!.sha256).toBe(await sha256Hex(archive));
    expect(item.files[1]!.sha256).toBe(
      await sha256Hex(new TextEncoder().encode('We received your request.\nConfirmation number: XF-2026-0042')),
    );
  });

  const fakeTab = (
    over: Partial<TabApi> = {},
    tab = { url: 'https://www.xfinity.com/support/confirm', title: 'Confirmation', active: true, windowId: 1 },
  ): TabApi => ({
    tab: async () => tab,
    archive: async () => new Blob(['mhtml']),
    screenshot: async () => {
      throw new Error("Either the '<all_urls>' or 'activeTab' permission is required.");
    },
    pageCopy: async () => ({ title: 'Confirmation', text: 'Confirmation number: ABC123', html: COPY, imagesLeftOut: 0 }),
    ...over,
  });
  const COPY = `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${COPY_POLICY}"></head><body>Confirmation number: ABC123</body></html>`;

  it('without activeTab keeps the page without the picture and says so, naming the shortcut', async () => {
    const { caseId } = await estate();
    const outcome = await captureTab(
      fakeTab(),
      { tabId: 5, caseId, allowAnyPage: false, isProvider: () => true, shortcut: 'Alt+Shift+S' },
      () => at,
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.notes).toEqual([noScreenshotNote('Alt+Shift+S')]);
    expect(outcome.notes[0]).toMatch(/press Alt\+Shift\+S on the page, or right-click the page/);
    // With no shortcut set, only the menu is named: never an unnamed "keyboard shortcut".
    expect(noScreenshotNote()).not.toMatch(/shortcut|press/);
    expect(outcome.evidence.files.map((f) => f.role)).toEqual(['copy', 'archive', 'text']);
    const copy = outcome.evidence.files[0]!;
    expect(copy).toMatchObject({
      name: 'page.html',
      mime: 'text/html;charset=utf-8',
      sha256: await sha256Hex(new TextEncoder().encode(COPY)),
    });
    expect(outcome.evidence.referenceNumbers).toEqual(['ABC123']);
  });

  it('with a picture allowed keeps it too, only of the tab that is shown', async () => {
    const { caseId } = await estate();
    const shot = vi.fn(async () => new Blob(['png'], { type: 'image/png' }));
    const outcome = await captureTab(
      fakeTab({ screenshot: shot }),
      { tabId: 5, caseId, allowAnyPage: false, isProvider: () => true },
      () => at,
    );
    expect(outcome.ok && outcome.evidence.files.map((f) => f.role)).toEqual(['copy', 'archive', 'screenshot', 'text']);
    const hidden = await captureTab(
      fakeTab({ screenshot: shot }, { url: 'https://www.xfinity.com/x', title: 't', active: false, windowId: 1 }),
      { tabId: 6, caseId, allowAnyPage: false, isProvider: () => true },
    );
    expect(shot).toHaveBeenCalledTimes(1);
    expect(hidden.ok && hidden.notes[0]).toMatch(/not the one shown/);
  });

  it("refuses a page that is not a provider's unless the user asks", async () => {
    const { caseId } = await estate();
    const api = fakeTab({}, { url: 'https://example.org/', title: 'Example', active: true, windowId: 1 });
    const refused = await captureTab(api, { tabId: 5, caseId, allowAnyPage: false, isProvider: () => false });
    expect(refused).toMatchObject({ ok: false, notProvider: true });
    expect(await counts()).toEqual({ evidence: 0, blobs: 0 });
    const forced = await captureTab(api, { tabId: 5, caseId, allowAnyPage: true, isProvider: () => false });
    expect(forced.ok).toBe(true);
    const internal = await captureTab(fakeTab({}, { url: 'chrome://settings', title: 's', active: true, windowId: 1 }), {
      tabId: 5,
      caseId,
      allowAnyPage: true,
      isProvider: () => true,
    });
    expect(internal).toMatchObject({ ok: false, reason: expect.stringMatching(/Only web pages/) });
    // A tab whose address the browser hides (no host permission, no activeTab grant).
    const hidden = await captureTab(fakeTab({}, { url: undefined as never, title: '', active: true, windowId: 1 }), {
      tabId: 5,
      caseId,
      allowAnyPage: true,
      isProvider: () => true,
    });
    expect(hidden).toMatchObject({ ok: false, reason: noAccessReason() });
    expect(await counts()).toEqual({ evidence: 1, blobs: 3 });
  });

  it('in a browser without archives (Firefox) keeps the copy, the picture and the text', async () => {
    const { caseId } = await estate();
    const { archive: _none, ...firefox } = fakeTab({ screenshot: async () => new Blob(['png'], { type: 'image/png' }) });
    const outcome = await captureTab(firefox, { tabId: 5, caseId, allowAnyPage: false, isProvider: () => true }, () => at);
    expect(outcome.ok && outcome.evidence.files.map((f) => f.role)).toEqual(['copy', 'screenshot', 'text']);
    expect(outcome.ok && outcome.notes).toEqual([]);
  });

  it('says how many pictures the copy lacks, and keeps the archive when the copy is too large', async () => {
    const { caseId } = await estate();
    const lacking = await captureTab(
      fakeTab({ pageCopy: async () => ({ title: 'Bill', text: 'Your bill', html: COPY, imagesLeftOut: 2 }) }),
      { tabId: 5, caseId, allowAnyPage: false, isProvider: () => true },
    );
    expect(lacking.ok && lacking.notes).toEqual([noScreenshotNote(), PICTURES_LEFT_OUT(2)]);
    const tooLarge = await captureTab(
      fakeTab({ pageCopy: async () => ({ title: 'Bill', text: 'Your bill', html: '', imagesLeftOut: 9 }) }),
      {
        tabId: 5,
        caseId,
        allowAnyPage: false,
        isProvider: () => true,
      },
    );
    expect(tooLarge.ok && tooLarge.evidence.files.map((f) => f.role)).toEqual(['archive', 'text']);
  });

  it('a failing archive is not missed while the copy is kept', async () => {
    const { caseId } = await estate();
    const outcome = await captureTab(fakeTab({ archive: () => Promise.reject(new Error('tab crashed')) }), {
      tabId: 5,
      caseId,
      allowAnyPage: false,
      isProvider: () => true,
    });
    expect(outcome.ok && outcome.evidence.files.map((f) => f.role)).toEqual(['copy', 'text']);
  });

  it('with neither an archive nor a copy stores nothing and says why', async () => {
    const { caseId } = await estate();
    const outcome = await captureTab(
      fakeTab({ archive: () => Promise.reject(new Error('tab crashed')), pageCopy: () => Promise.reject(new Error('no access')) }),
      {
        tabId: 5,
        caseId,
        allowAnyPage: false,
        isProvider: () => true,
      },
    );
    expect(outcome).toMatchObject({ ok: false, reason: expect.stringMatching(/would not save this page \(tab crashed\)/) });
    expect(await counts()).toEqual({ evidence: 0, blobs: 0 });
  });
});

describe('the vault', () => {
  it('renames, relinks and lists newest first', async () => {
    const { caseId, account } = await estate();
    const first = await addDocument({ caseId, file: file('death-certificate.pdf') }, new Date('2026-03-10T10:00:00Z'));
    const second = await addDocument({ caseId, file: file('returned-modem.png') }, new Date('2026-03-11T10:00:00Z'));
    expect((await evidenceOfCase(caseId)).map((e) => e.id)).toEqual([second.id, first.id]);
    await renameEvidence(first.id, 'Death certificate, certified copy');
    await expect(renameEvidence(first.id, '   ')).rejects.toThrow(/name is needed/);
    const task = (await stepsOfCase(caseId))[0]!;
    await relinkEvidence(second.id, { accountId: account.id, taskId: task.id });
    expect(await db().evidence.get(second.id)).toMatchObject({ accountId: account.id, taskId: task.id });
    await relinkEvidence(second.id, { accountId: account.id });
    expect((await db().evidence.get(second.id))?.taskId).toBeUndefined();
    expect((await db().evidence.get(first.id))?.title).toBe('Death certificate, certified copy');
  });

  it('deletes an item with its files, and undo puts both back', async () => {
    const { caseId } = await estate();
    const item = await addDocument({ caseId, file: file('returned-modem.png') });
    const undo = await deleteEvidence(item.id);
    expect(await counts()).toEqual({ evidence: 0, blobs: 0 });
    await undo.restore();
    expect(await counts()).toEqual({ evidence: 1, blobs: 1 });
    expect((await checkIntegrity(caseId)).problems).toEqual([]);
  });

  it('keeps a file while other evidence (of any case) still lists it; undo brings it back if it went meanwhile', async () => {
    const mine = await estate();
    const theirs = await estate();
    const a = await addDocument({ caseId: mine.caseId, accountId: mine.account.id, file: file('returned-modem.png') });
    // Another case's item listing the same file (an import shares a file only when it brings exactly its bytes).
    const b = { ...a, id: 'other-item', caseId: theirs.caseId, accountId: theirs.account.id };
    await db().evidence.add(b);
    const undoA = await deleteEvidence(a.id);
    expect(await counts()).toEqual({ evidence: 1, blobs: 1 });
    expect((await checkIntegrity(theirs.caseId)).problems).toEqual([]);
    const undoB = await deleteEvidence(b.id);
    expect(await counts()).toEqual({ evidence: 0, blobs: 0 });
    await undoA.restore(); // the file went with b: a's undo brings it back
    expect(await checkIntegrity(mine.caseId)).toEqual({ files: 1, problems: [] });
    await undoB.restore();
    expect(await checkIntegrity(theirs.caseId)).toEqual({ files: 1, problems: [] });
    expect(await counts()).toEqual({ evidence: 2, blobs: 1 });

    // Deleting a whole account does the same.
    const undoAccount = await deleteAccount(mine.account.id);
    expect(await counts()).toEqual({ evidence: 1, blobs: 1 });
    expect((await checkIntegrity(theirs.caseId)).problems).toEqual([]);
    await deleteAccount(theirs.account.id);
    expect(await counts()).toEqual({ evidence: 0, blobs: 0 });
    await undoAccount.restore();
    expect(await checkIntegrity(mine.caseId)).toEqual({ files: 1, problems: [] });
  });

  it('integrity check finds a changed and a missing file', async () => {
    const { caseId } = await estate();
    const a = await addDocument({ caseId, file: file('returned-modem.png') });
    const b = await addDocument({ caseId, file: file('death-certificate.pdf') });
    expect(await checkIntegrity(caseId)).toEqual({ files: 2, problems: [] });
    const original = (await db().blobs.get(a.files[0]!.blobId))!.data;
    const tampered = new Uint8Array(await original.arrayBuffer());
    tampered[tampered.length - 1] = tampered[tampered.length - 1]! ^ 0xff;
    await db().blobs.put({ id: a.files[0]!.blobId, data: new Blob([tampered]) });
    await db().blobs.delete(b.files[0]!.blobId);
    const report = await checkIntegrity(caseId);
    expect(report.problems.map((p) => [p.evidenceId, p.problem])).toEqual(
      expect.arrayContaining([
        [a.id, 'its contents changed (the checksum does not match)'],
        [b.id, 'the file is missing'],
      ]),
    );
  });
});

describe('what saving a page says, in Spanish', () => {
  it('names the menu item and the shortcut as the Spanish browser shows them, and counts pictures the Spanish way', async () => {
    await useLanguage('es');
    try {
      expect(noScreenshotNote('Alt+Shift+S')).toBe(
        'Se guardó sin una imagen de la pantalla: el navegador solo la toma cuando usted guarda desde la página misma. Para agregarla, pulse Alt+Shift+S en la página, o haga clic con el botón derecho en la página y elija “Guardar esta página como prueba”. Se guardan una copia de la página y su texto.',
      );
      expect(noAccessReason()).toBe(
        'Esta extensión solo puede leer los sitios web de las compañías que conoce. Para guardar esta página de todos modos, haga clic con el botón derecho en la página y elija “Guardar esta página como prueba”.',
      );
      expect(PICTURES_LEFT_OUT(1)).toBe('Una imagen de la página no se pudo poner en la copia guardada; se guardan sus palabras.');
      expect(PICTURES_LEFT_OUT(3)).toBe('3 imágenes de la página no se pudieron poner en la copia guardada; se guardan sus palabras.');
      expect(storageErrorMessage(new Error('boom'))).toBe('No se pudo guardar (boom). No se cambió nada.');
    } finally {
      await useLanguage('en');
    }
    expect(PICTURES_LEFT_OUT(1)).toBe('One picture on the page could not be put into the saved copy; its words are kept.');
    expect(PICTURES_LEFT_OUT(2)).toBe('2 pictures on the page could not be put into the saved copy; their words are kept.');
  });
});
