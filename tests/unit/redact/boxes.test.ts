import { describe, expect, it } from 'vitest';
import {
  addMark,
  boxBetween,
  boxesOn,
  boxInPixels,
  choosePage,
  isBox,
  pagesMarked,
  pointOnPage,
  undoMark,
} from '../../../lib/redact/boxes';

describe('black boxes on a page', () => {
  const shown = { left: 10, top: 20, width: 200, height: 100 };

  it('reads a pointer as a place on the page, in fractions, kept inside the page', () => {
    expect(pointOnPage(110, 70, shown)).toEqual({ x: 0.5, y: 0.5 });
    expect(pointOnPage(0, 0, shown)).toEqual({ x: 0, y: 0 });
    expect(pointOnPage(500, 500, shown)).toEqual({ x: 1, y: 1 });
  });

  it('makes the same box whichever way it is dragged, and never past the page', () => {
    const box = { x: 0.1, y: 0.2, w: 0.5, h: 0.3 };
    expect(boxBetween({ x: 0.1, y: 0.2 }, { x: 0.6, y: 0.5 })).toEqual(box);
    const back = boxBetween({ x: 0.6, y: 0.5 }, { x: 0.1, y: 0.2 });
    expect([back.x, back.y, back.w, back.h].map((n) => n.toFixed(6))).toEqual([box.x, box.y, box.w, box.h].map((n) => n.toFixed(6)));
    expect(boxBetween({ x: -1, y: 0.9 }, { x: 2, y: 3 })).toEqual({ x: 0, y: 0.9, w: 1, h: 0.09999999999999998 });
  });

  it('tells a click from a box by its size on the screen', () => {
    expect(isBox({ x: 0, y: 0, w: 0.01, h: 0.5 }, { width: 200, height: 100 })).toBe(false); // 2 px wide
    expect(isBox({ x: 0, y: 0, w: 0.015, h: 0.03 }, { width: 200, height: 100 })).toBe(true); // 3 x 3 px
  });

  it('covers at least the marked area in the pixels of any drawing of the page', () => {
    // 0.333 of 100 px is 33.3: the black starts at 33 and ends at 67, not a sliver short.
    expect(boxInPixels({ x: 0.333, y: 0.333, w: 0.334, h: 0.334 }, 100, 100)).toEqual({ x: 33, y: 33, w: 34, h: 34 });
    // The same box on the page drawn three times larger (the saved copy) covers the same part.
    expect(boxInPixels({ x: 0.333, y: 0.333, w: 0.334, h: 0.334 }, 300, 300)).toEqual({ x: 99, y: 99, w: 102, h: 102 });
    expect(boxInPixels({ x: 0.9, y: 0.9, w: 0.1, h: 0.1 }, 101, 101)).toEqual({ x: 90, y: 90, w: 11, h: 11 });
  });

  it('keeps each box with its page, undoes the last one drawn on any page, and says which page that was', () => {
    const a = { x: 0, y: 0, w: 0.1, h: 0.1 };
    const b = { x: 0.5, y: 0.5, w: 0.1, h: 0.1 };
    let marks = addMark([], 0, a);
    marks = addMark(marks, 2, b);
    marks = addMark(marks, 0, b);
    expect(boxesOn(marks, 0)).toEqual([a, b]);
    expect(boxesOn(marks, 1)).toEqual([]);
    expect(pagesMarked(marks)).toEqual([0, 2]);
    const undone = undoMark(marks);
    expect(undone.page).toBe(0);
    expect(undone.marks).toEqual(marks.slice(0, 2));
    expect(undoMark(undoMark(undone.marks).marks)).toEqual({ marks: [], page: 0 });
    expect(undoMark([])).toEqual({ marks: [], page: undefined });
  });

  it('chooses a page that exists', () => {
    expect(choosePage(3, 5)).toBe(3);
    expect(choosePage(-1, 5)).toBe(0);
    expect(choosePage(9, 5)).toBe(4);
    expect(choosePage(Number.NaN, 5)).toBe(0);
    expect(choosePage(2.7, 5)).toBe(2);
    expect(choosePage(0, 0)).toBe(0);
  });
});
