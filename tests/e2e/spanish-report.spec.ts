/**
 * The report and print pages in Spanish show no English word while they load: their HTML
 * holds no words, and the bar ("Preparando el informe…") is made once the language is
 * known. Every title and status the report page shows is recorded from its first parse on
 * (a tab opened by window.open, like the print page, gets no init script, so for it the
 * page's HTML having no words is the proof).
 */
import { expect, openPanel, putRows, readRows, startCase, test } from './fixtures';

const screens = 'test-results/screens';

declare global {
  interface Window {
    seen?: string[];
  }
}

test('in Spanish, the report page and the print page never show an English word, even while loading', async ({ ext }) => {
  const { context, extensionId } = ext;
  // From the first byte parsed: every title and status text the page shows.
  await context.addInitScript(() => {
    const seen: string[] = [];
    window.seen = seen;
    const note = () => {
      const now = `${document.title} | ${document.querySelector('[role="status"]')?.textContent ?? ''} | ${document.body?.textContent.trim() ?? ''}`;
      if (seen.at(-1) !== now) seen.push(now);
    };
    new MutationObserver(note).observe(document, { subtree: true, childList: true, characterData: true });
  });
  const panel = await openPanel(context, extensionId);
  await startCase(panel);
  await expect(panel.getByRole('heading', { name: 'Estate of Robert Miller' })).toBeVisible();
  const caseId = (await readRows<{ id: string }>(panel, 'cases'))[0]!.id;
  await putRows(panel, 'settings', [{ key: 'language', value: 'es' }]);

  // The pages' HTML itself has no words to show before the language is known.
  for (const file of ['report.html', 'printout.html']) {
    const html = await panel.evaluate((url) => fetch(url).then((r) => r.text()), `/${file}`);
    const doc = await panel.evaluate((text) => {
      const parsed = new DOMParser().parseFromString(text, 'text/html');
      return { title: parsed.title, text: parsed.body.textContent?.trim() };
    }, html);
    expect(doc, file).toEqual({ title: '', text: '' });
  }

  const report = await context.newPage();
  await report.setViewportSize({ width: 360, height: 640 });
  await report.goto(`chrome-extension://${extensionId}/report.html?case=${caseId}`);
  await expect(report.getByRole('button', { name: 'Imprimir el informe' })).toBeFocused();
  await expect(report.getByRole('status')).toHaveText(/^Este es el informe que acompaña a la copia/);
  expect(await report.evaluate(() => document.documentElement.lang)).toBe('es');
  const seenReport = (await report.evaluate(() => window.seen ?? [])).join('\n');
  expect(seenReport).toContain('Preparando el informe…');
  expect(seenReport).not.toMatch(/Making the report|Report actions|Print the report|\bReport \|/);
  await report.screenshot({ path: `${screens}/spanish-report-page.png` });

  // The print page, opened as the panel opens it, hears the language from the panel.
  await panel.reload();
  await expect(panel.locator('html')).toHaveAttribute('lang', 'es');
  const [printout] = await Promise.all([
    context.waitForEvent('page'),
    panel.evaluate(() => {
      const win = window.open('/printout.html', '_blank')!;
      window.addEventListener('message', (e) => {
        if (e.data?.type === 'printout-ready')
          win.postMessage({ type: 'printout', html: '<html><body><p>Carta</p></body></html>', language: 'es' }, location.origin);
      });
    }),
  ]);
  await expect(printout.getByRole('button', { name: 'Imprimir, o guardar como PDF' })).toBeFocused();
  await expect(printout.getByRole('status')).toHaveText('Revise la página y luego imprímala o guárdela como PDF.');
  expect(await printout.evaluate(() => document.documentElement.lang)).toBe('es');
  expect(await printout.title()).toBe('Imprimir');
});
