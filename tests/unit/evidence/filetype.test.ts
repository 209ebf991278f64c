import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFileBytes, checkSize, MAX_FILE_BYTES } from '../../../lib/evidence/filetype';
import { sha256Hex } from '../../../lib/evidence/hash';

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

describe('hashing', () => {
  it('gives the standard SHA-256 in hex, the same for bytes and Blobs', async () => {
    expect(await sha256Hex(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    const abc = new TextEncoder().encode('abc');
    expect(await sha256Hex(abc)).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex(new Blob([abc]))).toBe(await sha256Hex(abc.buffer));
  });
});
