/**
 * The blacked-out copy of a PDF, written as a new PDF whose every page is one picture:
 * the page as drawn, with the black boxes burned into its pixels. Nothing of the
 * original file is copied into it (no text, fonts, metadata, attachments or forms),
 * so what lay under a box is in none of its bytes.
 */
import { PDFDocument } from 'pdf-lib';

/** One page of the copy: its picture (JPEG or PNG bytes) and its size in points, as the original's. */
export interface FlatPage {
  picture: Uint8Array;
  type: 'image/jpeg' | 'image/png';
  width: number;
  height: number;
}

/** The name the copy gives as its maker (instead of the library's own). */
const MAKER = 'Estate Accounts Helper';

/** A new PDF, one page per picture, each picture filling its page. */
export async function flattenedPdf(pages: readonly FlatPage[], title: string, now = new Date()): Promise<Uint8Array> {
  if (pages.length === 0) throw new Error('A copy needs at least one page'); // not shown to the user
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.setTitle(title);
  pdf.setCreator(MAKER);
  pdf.setProducer(MAKER);
  pdf.setCreationDate(now);
  pdf.setModificationDate(now);
  for (const p of pages) {
    const picture = p.type === 'image/png' ? await pdf.embedPng(p.picture) : await pdf.embedJpg(p.picture);
    const page = pdf.addPage([p.width, p.height]);
    page.drawImage(picture, { x: 0, y: 0, width: p.width, height: p.height });
  }
  return pdf.save({ useObjectStreams: false });
}
