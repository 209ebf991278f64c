/**
 * Where the black boxes go: each box in fractions of its page (0 to 1 across and
 * down), so the same marks fit the page drawn small on the screen and drawn large for
 * the saved copy. Marks are kept in the order they were drawn (undo takes the last),
 * each with the page it is on. Pure.
 */

/** A box on a page, in fractions of the page's width and height. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A point on a page, in fractions of its width and height. */
export interface Point {
  x: number;
  y: number;
}

/** One box drawn by the user, on one page (0 is the first page). */
export interface Mark {
  page: number;
  box: Box;
}

/** A box smaller than this many pixels of the page as shown, either way, is a click, not a box. */
export const SMALLEST_BOX_PX = 3;

const within = (n: number) => Math.min(1, Math.max(0, n));

/** A pointer position on the page as shown (its rectangle on the screen), in fractions of the page. */
export function pointOnPage(clientX: number, clientY: number, shown: { left: number; top: number; width: number; height: number }): Point {
  return { x: within((clientX - shown.left) / shown.width), y: within((clientY - shown.top) / shown.height) };
}

/** The box whose opposite corners are a and b (dragged either way), inside the page. */
export function boxBetween(a: Point, b: Point): Box {
  const x = within(Math.min(a.x, b.x));
  const y = within(Math.min(a.y, b.y));
  return { x, y, w: within(Math.max(a.x, b.x)) - x, h: within(Math.max(a.y, b.y)) - y };
}

/** Whether a dragged box is a box (not a click), on a page shown this many pixels wide and high. */
export function isBox(box: Box, shown: { width: number; height: number }): boolean {
  return box.w * shown.width >= SMALLEST_BOX_PX && box.h * shown.height >= SMALLEST_BOX_PX;
}

/**
 * A box in whole pixels of a page drawn `width` x `height`, rounded outward: the
 * black covers at least what the user marked, never a sliver less.
 */
export function boxInPixels(box: Box, width: number, height: number): { x: number; y: number; w: number; h: number } {
  const x = Math.max(0, Math.floor(box.x * width));
  const y = Math.max(0, Math.floor(box.y * height));
  const right = Math.min(width, Math.ceil((box.x + box.w) * width));
  const bottom = Math.min(height, Math.ceil((box.y + box.h) * height));
  return { x, y, w: right - x, h: bottom - y };
}

/** The boxes drawn on one page. */
export const boxesOn = (marks: readonly Mark[], page: number): Box[] => marks.filter((m) => m.page === page).map((m) => m.box);

/** The pages with at least one box, first page first. */
export const pagesMarked = (marks: readonly Mark[]): number[] => [...new Set(marks.map((m) => m.page))].sort((a, b) => a - b);

/** Adds a box to a page. */
export const addMark = (marks: readonly Mark[], page: number, box: Box): Mark[] => [...marks, { page, box }];

/** Takes back the last box drawn, on whatever page; the page it was on, to show it. */
export function undoMark(marks: readonly Mark[]): { marks: Mark[]; page: number | undefined } {
  return { marks: marks.slice(0, -1), page: marks.at(-1)?.page };
}

/** The page to show when the user asks for page `wanted` (0 is the first) of a document of `count` pages. */
export function choosePage(wanted: number, count: number): number {
  if (!Number.isFinite(wanted) || count < 1) return 0;
  return Math.min(count - 1, Math.max(0, Math.trunc(wanted)));
}
