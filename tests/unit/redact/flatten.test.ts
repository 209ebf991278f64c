import { deflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { flattenedPdf } from '../../../lib/redact/flatten';
import { pdfTexts, plainTextPdf } from '../../fixtures/secretPdf';

/** A real PNG of `width` x `height` grey pixels, made here. */
function png(width: number, height: number): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Uint8Array) => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Uint8Array) => {
    const out = new Uint8Array(12 + data.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, data.length);
    out.set(new TextEncoder().encode(type), 4);
    out.set(data, 8);
    view.setUint32(8 + data.length, crc(out.subarray(4, 8 + data.length)));
    return out;
  };
  const header = new Uint8Array(13);
  const hv = new DataView(header.buffer);
  hv.setUint32(0, width);
  hv.setUint32(4, height);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const rows = new Uint8Array((width + 1) * height).fill(128);
  for (let y = 0; y < height; y++) rows[y * (width + 1)] = 0;
  const parts = [
    new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', new Uint8Array(deflateSync(rows))),
    chunk('IEND', new Uint8Array()),
  ];
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  return all;
}

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('the blacked-out copy of a PDF', () => {
  it('has one page per picture, each the size of the original page, made of the picture alone', async () => {
    const bytes = await flattenedPdf(
      [
        { picture: png(85, 110), type: 'image/png', width: 612, height: 792 },
        { picture: png(110, 85), type: 'image/png', width: 792, height: 612 },
      ],
      'Death certificate (redacted copy)',
      new Date('2026-02-01T10:00:00Z'),
    );
    const copy = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(copy.getPageCount()).toBe(2);
    expect(copy.getPages().map((p) => [p.getWidth(), p.getHeight()])).toEqual([
      [612, 792],
      [792, 612],
    ]);
    expect(copy.getTitle()).toBe('Death certificate (redacted copy)');
    expect(copy.getProducer()).toBe('Estate Accounts Helper');
    const text = latin1(bytes);
    // Pictures only: no font, no form, no attachment, no script, no word of the library's.
    for (const absent of ['/Type /Font', '/FontFile', '/AcroForm', '/EmbeddedFile', '/JavaScript', 'pdf-lib'])
      expect(text, absent).not.toContain(absent);
    expect(text.match(/\/Subtype \/Image/g)).toHaveLength(2);
  });

  it('carries none of the words of the PDF it copies, not even inside its compressed streams', async () => {
    // The original holds its secret as text, readable in its bytes (so this test can fail).
    const original = plainTextPdf([['Name: Robert Miller', 'SSN 123-45-6789 SECRETWORD']]);
    expect(pdfTexts(original).join('\n')).toContain('SECRETWORD');
    expect((await PDFDocument.load(original)).getPageCount()).toBe(1);
    // The copy is made of the page's picture only (here a plain picture in its place).
    const copy = pdfTexts(await flattenedPdf([{ picture: png(85, 110), type: 'image/png', width: 612, height: 792 }], 'Copy'));
    expect(copy.length).toBeGreaterThan(2); // its picture and its page's drawing, inflated
    for (const text of copy) {
      expect(text).not.toContain('SECRETWORD');
      expect(text).not.toContain('123-45-6789');
      expect(text).not.toMatch(/\bTj\b|\bTJ\b/);
    }
  });

  it('refuses to make a copy of no pages', async () => {
    await expect(flattenedPdf([], 'Copy')).rejects.toThrow();
  });
});
