import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../lib/checksums/hex';
import {
  checkFileBytes,
  checkKeptFile,
  checkSize,
  extensionOf,
  fileNameFor,
  isKeptType,
  MAX_FILE_BYTES,
  openAs,
  viewerOf,
} from '../../../lib/evidence/filetype';
import { useLanguage } from '../../../lib/i18n';
import { COPY_POLICY } from '../../../lib/page/snapshot';
import { mhtmlHead } from '../../fixtures/bundle-seed';

const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/${name}`));

describe('file type from bytes', () => {
  it('accepts PDF, PNG, JPEG and WebP by their contents', async () => {
    expect(await checkFileBytes('certificate.pdf', fixture('death-certificate.pdf'))).toEqual({ ok: true, mime: 'application/pdf' });
    expect(await checkFileBytes('modem.png', fixture('returned-modem.png'))).toEqual({ ok: true, mime: 'image/png' });
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, ...new Array(40).fill(0)]);
    expect(await checkFileBytes('cheque.jpg', jpeg)).toEqual({ ok: true, mime: 'image/jpeg' });
    const webp = new Uint8Array([
      ...new TextEncoder().encode('RIFF'),
      36,
      0,
      0,
      0,
      ...new TextEncoder().encode('WEBPVP8 '),
      ...new Array(40).fill(0),
    ]);
    expect(await checkFileBytes('photo.webp', webp)).toEqual({ ok: true, mime: 'image/webp' });
  });

  it('goes by the bytes, not the name: a PNG called .pdf is a PNG', async () => {
    expect(await checkFileBytes('letter.pdf', fixture('returned-modem.png'))).toEqual({ ok: true, mime: 'image/png' });
  });

  it('refuses programs renamed .pdf (ELF and Windows PE)', async () => {
    const elf = await checkFileBytes('certificate.pdf', fixture('program.pdf'));
    expect(elf).toMatchObject({ ok: false });
    expect(!elf.ok && elf.reason).toMatch(/program \(ELF\)/);
    const pe = new Uint8Array(512);
    pe.set([0x4d, 0x5a]);
    pe.set([0x80, 0, 0, 0], 0x3c);
    pe.set([0x50, 0x45, 0, 0], 0x80);
    const exe = await checkFileBytes('certificate.pdf', pe);
    expect(exe.ok).toBe(false);
    expect(!exe.ok && exe.reason).toMatch(/program|not a PDF/);
  });

  it('refuses other types and unknown bytes with a reason', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(60).fill(0)]);
    const r = await checkFileBytes('statement.pdf', zip);
    expect(r.ok).toBe(false);
    const text = await checkFileBytes('notes.pdf', new TextEncoder().encode('just some words, no document here'));
    expect(!text.ok && text.reason).toMatch(/not a PDF, PNG, JPEG or WebP/);
  });

  it('refuses empty files and files over the limit before reading them', () => {
    expect(checkSize('a.pdf', 0)).toMatchObject({ ok: false, reason: expect.stringMatching(/empty/) });
    expect(checkSize('scan.pdf', MAX_FILE_BYTES + 1)).toMatchObject({ ok: false, reason: expect.stringMatching(/at most 50\.0 MB/) });
    expect(checkSize('scan.pdf', MAX_FILE_BYTES)).toBeUndefined();
  });
});

describe('upload refusals in Spanish', () => {
  afterEach(() => useLanguage('en'));

  it('say what is wrong and what to do, in the language shown when the file arrives', async () => {
    await useLanguage('es');
    expect(checkSize('acta.pdf', 0)).toEqual({ ok: false, reason: '“acta.pdf” está vacío (0 bytes), así que no hay nada que guardar.' });
    expect(checkSize('acta.pdf', MAX_FILE_BYTES + 1)).toEqual({
      ok: false,
      reason:
        '“acta.pdf” ocupa 50.0 MB; cada archivo puede ocupar como máximo 50.0 MB. Cabrá si lo escanea con menos resolución, o una página por archivo.',
    });
    expect(await checkFileBytes('acta.pdf', fixture('program.pdf'))).toEqual({
      ok: false,
      reason: '“acta.pdf” es un programa (ELF), no un documento. No se guardó.',
    });
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(60).fill(0)]);
    expect(await checkFileBytes('factura.pdf', zip)).toEqual({
      ok: false,
      reason:
        '“factura.pdf” es un archivo ZIP, no un archivo PDF, PNG, JPEG ni WebP. Guárdelo como PDF o como imagen y vuelva a intentarlo.',
    });
    await useLanguage('en');
    expect(checkSize('a.pdf', 0)).toEqual({ ok: false, reason: '“a.pdf” is empty (0 bytes), so there is nothing to keep.' });
  });
});

describe('files kept as proof, by the rule of their role', () => {
  const blob = (bytes: Uint8Array | string) => new Blob([bytes as Uint8Array<ArrayBuffer> | string]);
  const png = fixture('returned-modem.png');

  it('an upload is checked as uploads are: a PDF or a picture, never a program', async () => {
    expect(await checkKeptFile('upload', 'c.pdf', blob(fixture('death-certificate.pdf')))).toEqual({ ok: true, mime: 'application/pdf' });
    expect(await checkKeptFile('upload', 'c.pdf', blob(png))).toEqual({ ok: true, mime: 'image/png' });
    expect(await checkKeptFile('upload', 'c.pdf', blob(fixture('program.pdf')))).toMatchObject({
      ok: false,
      reason: '“c.pdf” is a program (ELF), not a document.',
    });
    expect(await checkKeptFile('upload', 'p.html', blob('<html><script>alert(1)</script></html>'))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^“p\.html” is not a PDF or a picture/),
    });
    expect(await checkKeptFile('upload', 'e.pdf', blob(''))).toMatchObject({ ok: false, reason: expect.stringMatching(/empty/) });
  });

  it('a page archive is MHTML: mail headers, one of them multipart/related with a boundary', async () => {
    expect(await checkKeptFile('archive', 'page.mhtml', blob(`${mhtmlHead}<html></html>`))).toEqual({
      ok: true,
      mime: 'multipart/related',
    });
    const lf = 'MIME-Version: 1.0\nContent-Type: Multipart/Related; boundary="b"\n\n--b\n';
    expect(await checkKeptFile('archive', 'page.mhtml', blob(lf))).toEqual({ ok: true, mime: 'multipart/related' });
    for (const bad of [
      '<html><script>alert(1)</script></html>',
      'MIME-Version: 1.0\r\nContent-Type: text/html\r\n\r\n<html>',
      'MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n\r\n--b', // no boundary
      '<html>\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n', // not a header first
      'Content-Type: multipart/related; boundary="b"', // headers never end
    ])
      expect(await checkKeptFile('archive', 'page.mhtml', blob(bad)), bad).toMatchObject({
        ok: false,
        reason: '“page.mhtml” is not a saved web page (MHTML) as the browser saves them.',
      });
  });

  it('a screenshot is a PNG; page text is UTF-8 (empty is fine: a page can have no text)', async () => {
    expect(await checkKeptFile('screenshot', 's.png', blob(png))).toEqual({ ok: true, mime: 'image/png' });
    expect(await checkKeptFile('screenshot', 's.png', blob(fixture('death-certificate.pdf')))).toMatchObject({ ok: false });
    expect(await checkKeptFile('text', 'page.txt', blob('Confirmation № 42 — done'))).toEqual({
      ok: true,
      mime: 'text/plain;charset=utf-8',
    });
    expect(await checkKeptFile('text', 'page.txt', blob(''))).toEqual({ ok: true, mime: 'text/plain;charset=utf-8' });
    expect(await checkKeptFile('text', 'page.txt', blob(new Uint8Array([0x41, 0xc3])))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/not readable text/),
    });
  });
});

describe('a page copy (HTML)', () => {
  const blob = (text: string) => new Blob([text]);
  const start = `<!DOCTYPE html>\n<html lang="en" class="a&quot;b"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${COPY_POLICY}">`;

  it('is kept only as the copy of a captured page, and only as the extension writes it: forbidding scripts first', async () => {
    expect(await checkKeptFile('copy', 'page.html', blob(`${start}<style></style></head><body>Hi</body></html>`))).toEqual({
      ok: true,
      mime: 'text/html;charset=utf-8',
    });
    for (const bad of [
      '<!DOCTYPE html>\n<html><head><script>alert(1)</script><meta charset="utf-8">',
      `<!DOCTYPE html>\n<html onload="x()"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${COPY_POLICY}">`,
      start.replace("default-src 'none'", 'default-src *'),
      `<html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${COPY_POLICY}">`,
    ])
      expect(await checkKeptFile('copy', 'page.html', blob(bad)), bad).toMatchObject({
        ok: false,
        reason: expect.stringMatching(/runs nothing/),
      });
    expect(await checkKeptFile('copy', 'page.html', new Blob([new TextEncoder().encode(start), new Uint8Array([0xc3])]))).toMatchObject({
      ok: false,
    });
  });

  it('HTML is a kept type for a copy only; a copy is nothing but HTML', () => {
    expect(isKeptType('text/html', 'copy')).toBe(true);
    expect(isKeptType('text/html;charset=utf-8', 'copy')).toBe(true);
    expect(isKeptType('text/html', 'upload')).toBe(false);
    expect(isKeptType('text/html', 'archive')).toBe(false);
    expect(isKeptType('application/pdf', 'copy')).toBe(false);
    expect(isKeptType('application/pdf', 'upload')).toBe(true);
  });
});

describe('showing and naming stored files', () => {
  it('opens only PDF, PNG, JPEG, WebP and plain text, by their exact type in any case; everything else is downloaded', () => {
    expect(viewerOf('APPLICATION/PDF')).toBe('pdf');
    expect(viewerOf('image/png')).toBe('image');
    expect(viewerOf('Image/JPEG')).toBe('image');
    expect(viewerOf('image/webp')).toBe('image');
    expect(viewerOf('text/plain;charset=utf-8')).toBe('text');
    for (const other of [
      'Text/HTML',
      'text/html',
      'image/svg+xml',
      'text/xml',
      'application/xhtml+xml',
      'multipart/related',
      'text/javascript',
      'image/pngx',
      'application/pdf2',
      '',
      'constructor',
      'toString',
    ])
      expect(viewerOf(other), other).toBeUndefined();
    expect(openAs('Text/HTML')).toBe('application/octet-stream');
    expect(openAs('image/svg+xml')).toBe('application/octet-stream');
    expect(openAs('APPLICATION/PDF; x=y')).toBe('application/pdf');
    expect(openAs('text/plain')).toBe('text/plain;charset=utf-8');
  });

  it('names a file by its checked type, never by the extension its name claims', () => {
    expect(extensionOf('application/pdf')).toBe('pdf');
    expect(extensionOf('text/plain;charset=utf-8')).toBe('txt');
    expect(extensionOf('multipart/related')).toBe('mhtml');
    expect(extensionOf('text/html')).toBe('bin');
    // Only a page copy is kept as HTML (checked: it starts by forbidding scripts); it is saved, never shown.
    expect(extensionOf('text/html', 'copy')).toBe('html');
    expect(extensionOf('text/html', 'upload')).toBe('bin');
    expect(extensionOf('application/x-msdownload')).toBe('bin');
    expect(fileNameFor('invoice.html', 'application/pdf')).toBe('invoice.pdf');
    expect(fileNameFor('setup.exe', 'multipart/related')).toBe('setup.mhtml');
    expect(fileNameFor('page.html', 'text/html')).toBe('page.bin');
    expect(fileNameFor('page.html', 'text/html', 'copy')).toBe('page.html');
    expect(fileNameFor('page.html', 'image/svg+xml', 'copy')).toBe('page.bin');
    expect(fileNameFor('.exe', 'image/png')).toBe('file.png');
  });
});

describe('hashing', () => {
  it('gives the standard SHA-256 in hex, the same for bytes and Blobs', async () => {
    expect(await sha256Hex(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    const abc = new TextEncoder().encode('abc');
    expect(await sha256Hex(abc)).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex(new Blob([abc]))).toBe(await sha256Hex(abc.buffer));
  });
});
