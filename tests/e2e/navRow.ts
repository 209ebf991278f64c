/**
 * How the panel's row of sections (nav.views) sits: how many rows its buttons take, the
 * smallest text and how many buttons are smaller than 24 px either way. Runs inside the panel (`page.evaluate(navRow)`), in
 * Chromium through Playwright and in Firefox through puppeteer, so it refers to nothing outside itself.
 */
export function navRow(): { rows: number; buttons: number; smallestText: number; smallTargets: number } {
  const buttons = [...document.querySelectorAll<HTMLElement>('nav.views button')];
  const boxes = buttons.map((b) => b.getBoundingClientRect());
  return {
    rows: new Set(boxes.map((box) => Math.round(box.top))).size,
    buttons: buttons.length,
    smallestText: Math.min(...buttons.map((b) => Number.parseFloat(getComputedStyle(b).fontSize))),
    smallTargets: boxes.filter((box) => box.width < 24 || box.height < 24).length,
  };
}
