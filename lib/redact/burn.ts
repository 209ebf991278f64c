/**
 * Black boxes drawn into a page's pixels, and the blacked-out copy of a picture. In
 * the browser (a canvas); the geometry is boxes.ts.
 */
import { type Box, boxInPixels } from './boxes';

/** A picture or a drawn page: anything a canvas can draw, with its size in pixels. */
export type PagePicture = HTMLImageElement | HTMLCanvasElement;

export const pictureSize = (p: PagePicture) =>
  p instanceof HTMLImageElement ? { width: p.naturalWidth, height: p.naturalHeight } : { width: p.width, height: p.height };

/** Draws the page on the canvas at the canvas's size, then each box in solid black over it. */
export function drawBlackedOut(canvas: HTMLCanvasElement, page: PagePicture, boxes: readonly Box[]): void {
  const g = canvas.getContext('2d')!;
  g.fillStyle = '#fff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.drawImage(page, 0, 0, canvas.width, canvas.height);
  burnBoxes(canvas, boxes);
}

/** Each box in solid black over what the canvas holds. */
export function burnBoxes(canvas: HTMLCanvasElement, boxes: readonly Box[]): void {
  const g = canvas.getContext('2d')!;
  g.fillStyle = '#000';
  for (const box of boxes) {
    const px = boxInPixels(box, canvas.width, canvas.height);
    g.fillRect(px.x, px.y, px.w, px.h);
  }
}

/** A canvas's pixels as a file of this type. */
export function canvasFile(canvas: HTMLCanvasElement, type: 'image/png' | 'image/jpeg', quality?: number): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The page could not be drawn'))), type, quality),
  );
}

/**
 * The blacked-out copy of a picture: drawn again at its own size with the boxes
 * burned in, as PNG. Nothing of the original file remains (no camera data).
 */
export function blackedOutPicture(picture: HTMLImageElement, boxes: readonly Box[]): Promise<Blob> {
  const canvas = document.createElement('canvas');
  const { width, height } = pictureSize(picture);
  canvas.width = width;
  canvas.height = height;
  drawBlackedOut(canvas, picture, boxes);
  return canvasFile(canvas, 'image/png');
}
