/**
 * A PDF's pages drawn as pictures, with PDF.js, for blacking out parts of them. Loaded
 * only when the blacking-out screen opens a PDF (a dynamic import): the side panel's
 * first render carries none of it.
 *
 * Nothing is fetched from anywhere: the worker is bundled from the extension, and the
 * fonts, character maps and image decoders a PDF may need are the extension's own
 * files (`assets`, under /pdfjs/ in the build, see wxt.config.ts). No script of the PDF
 * runs (no scripting, no XFA forms), and no string is evaluated as code.
 */
import { GlobalWorkerOptions, getDocument, type PDFDocumentProxy } from 'pdfjs-dist';
import { t } from '../i18n';

/** The most pages a copy is made of: each page becomes a picture of ~2 MB, all kept at once while the copy is written. */
export const MAX_PAGES = 60;

/** Pages are drawn at this many dots per inch for the copy (a clear print of a certificate), ... */
export const COPY_DPI = 150;
/** ... and never larger than this many pixels either way (a poster-sized page is drawn smaller). */
export const MAX_SIDE_PX = 3000;

/** Why a PDF cannot be blacked out, in the user's words. */
export class PdfRefused extends Error {
  constructor(
    message: string,
    readonly reason: 'locked' | 'damaged' | 'too-long',
  ) {
    super(message);
    this.name = 'PdfRefused';
  }
}

let worker: Worker | undefined;

/** The PDF.js worker, started once, from the extension's own bundle. */
function pdfWorker(): Worker {
  worker ??= new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module' });
  GlobalWorkerOptions.workerPort = worker;
  return worker;
}

/** A page's size in points (1/72 inch), as the PDF sets it (its rotation applied). */
export interface PageSize {
  width: number;
  height: number;
}

export interface OpenedPdf {
  pageCount: number;
  /** Each page's size, in points. */
  sizes: PageSize[];
  /** Draws page `index` (0 is the first) on a new canvas, `scale` pixels per point. */
  draw(index: number, scale: number): Promise<HTMLCanvasElement>;
  close(): Promise<void>;
}

/** The scale (pixels per point) a page is drawn at for the copy: COPY_DPI, smaller for a page too large. */
export function copyScale(size: PageSize): number {
  return Math.min(COPY_DPI / 72, MAX_SIDE_PX / Math.max(size.width, size.height));
}

/** What went wrong opening a PDF, in the user's words: locked with a password, or unreadable. */
function refusal(error: unknown): PdfRefused {
  const name = (error as { name?: string } | undefined)?.name;
  if (name === 'PasswordException') return new PdfRefused(t('complaints.pdfLocked'), 'locked');
  return new PdfRefused(t('complaints.pdfDamaged'), 'damaged');
}

/**
 * Opens a PDF from its bytes. Refuses, with the reason in words, a PDF that needs a
 * password to open, one that cannot be read, and one longer than MAX_PAGES.
 * `assets` is the address of the folder holding PDF.js's fonts, character maps and
 * image decoders inside the extension (ending with a slash).
 */
export async function openPdf(bytes: Uint8Array, assets: string): Promise<OpenedPdf> {
  pdfWorker();
  const task = getDocument({
    // A copy: PDF.js takes the bytes it is given to its worker.
    data: bytes.slice(),
    cMapUrl: `${assets}cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${assets}standard_fonts/`,
    wasmUrl: `${assets}wasm/`,
    // The page is drawn with the PDF's own fonts or the bundled standard ones, never the computer's.
    useSystemFonts: false,
    enableXfa: false,
    // The whole file is here: nothing to stream or fetch in parts.
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    // A password prompt would be PDF.js asking; the user is told instead.
    password: undefined,
  });
  let doc: PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw refusal(error);
  }
  try {
    if (doc.numPages > MAX_PAGES) throw new PdfRefused(t('complaints.pdfTooLong', { count: doc.numPages, max: MAX_PAGES }), 'too-long');
    const sizes: PageSize[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const viewport = (await doc.getPage(n)).getViewport({ scale: 1 });
      sizes.push({ width: viewport.width, height: viewport.height });
    }
    return {
      pageCount: doc.numPages,
      sizes,
      async draw(index, scale) {
        try {
          const page = await doc.getPage(index + 1);
          const viewport = page.getViewport({ scale });
          const canvas = document.createElement('canvas');
          canvas.width = Math.max(1, Math.round(viewport.width));
          canvas.height = Math.max(1, Math.round(viewport.height));
          // White paper under the page: a PDF page with no background of its own is not transparent in the copy.
          await page.render({ canvas, viewport, background: '#ffffff' }).promise;
          return canvas;
        } catch (error) {
          throw refusal(error);
        }
      },
      close: () => task.destroy(),
    };
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw error instanceof PdfRefused ? error : refusal(error);
  }
}
