/// <reference lib="webworker" />
/**
 * PDF.js's worker, bundled from the extension itself (never loaded by address): it
 * parses the PDF off the page's thread and starts listening as soon as it loads.
 */
import 'pdfjs-dist/build/pdf.worker.mjs';
