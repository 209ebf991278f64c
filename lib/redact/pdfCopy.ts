/**
 * The blacked-out copy of a PDF: every page drawn as a picture (COPY_DPI), the boxes
 * burned in, and the pictures written as a new PDF (flatten.ts). Every page goes into
 * the copy, marked or not, and none keeps the original's text. Loaded with pdfPages.ts,
 * only when a PDF is blacked out.
 */
import { boxesOn, type Mark } from './boxes';
import { burnBoxes, canvasFile } from './burn';
import { type FlatPage, flattenedPdf } from './flatten';
import { copyScale, type OpenedPdf } from './pdfPages';

/** JPEG at this quality: a scan's page in a few hundred KB; black stays black. */
const JPEG_QUALITY = 0.9;

export type { OpenedPdf } from './pdfPages';
export { MAX_PAGES, openPdf, PdfRefused } from './pdfPages';

/** The copy's bytes; `onPage` hears each page as it is drawn (1-based, for "page 2 of 5"). */
export async function blackedOutPdf(
  pdf: OpenedPdf,
  marks: readonly Mark[],
  title: string,
  onPage?: (page: number, count: number) => void,
): Promise<Uint8Array> {
  const pages: FlatPage[] = [];
  for (let index = 0; index < pdf.pageCount; index++) {
    onPage?.(index + 1, pdf.pageCount);
    const size = pdf.sizes[index]!;
    const drawn = await pdf.draw(index, copyScale(size));
    burnBoxes(drawn, boxesOn(marks, index));
    const picture = new Uint8Array(await (await canvasFile(drawn, 'image/jpeg', JPEG_QUALITY)).arrayBuffer());
    // The drawn page's memory is let go before the next one.
    drawn.width = 0;
    drawn.height = 0;
    pages.push({ picture, type: 'image/jpeg', width: size.width, height: size.height });
  }
  return flattenedPdf(pages, title);
}
