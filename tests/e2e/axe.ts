import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** axe with its default rules and WCAG 2.2's target-size (off by default in axe 4): nothing serious or critical. */
export async function expectAccessible(page: Page, view: string): Promise<void> {
  const results = await new AxeBuilder({ page }).options({ rules: { 'target-size': { enabled: true } } }).analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(bad, `axe on ${view}`).toEqual([]);
  expect(results.passes.some((p) => p.id === 'target-size') || results.incomplete.some((p) => p.id === 'target-size')).toBe(true);
  // Beyond axe: every piece of text on screen at 14 px or more.
  const small = await page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !node.textContent?.trim() || !el.checkVisibility()) continue;
      if (el.closest('.visually-hidden')) continue;
      const size = Number.parseFloat(getComputedStyle(el).fontSize);
      if (size < 14) found.push(`${size}px: ${node.textContent.trim().slice(0, 40)}`);
    }
    return found;
  });
  expect(small, `text under 14 px on ${view}`).toEqual([]);
}
