/**
 * The extension in Spanish: Chromium started in Spanish (--lang=es, and Spanish as the
 * language of its pages, as a browser installed in Spanish has it) shows the first run,
 * the home, the badge's tooltip and the reminders in Spanish; choosing English in the
 * settings switches the panel (and the badge) at once, without losing the place.
 */
import { expect, launchWithExtension, openPanel, providerHtml, putSteps, readRows, routePage, tabIdOf, test } from './fixtures';
import { navRow } from './navRow';

const XFINITY = 'https://customer.xfinity.com/#/billing';
const SPANISH_NAME = 'Ayuda con las cuentas de un ser querido';

test('Chromium in Spanish: first run, home, badge and reminders in Spanish; English chosen in the settings switches the panel', async ({
  profile,
}) => {
  const { context, worker, extensionId } = await launchWithExtension(profile, { locale: 'es-ES', args: ['--lang=es'] });
  try {
    await routePage(context, 'https://customer.xfinity.com/**', providerHtml('My Account - Xfinity'));
    const site = await context.newPage();
    await site.goto(XFINITY);
    const tabId = await tabIdOf(worker, XFINITY);
    const badge = (id?: number) => worker.evaluate(async (tab) => chrome.action.getTitle(tab === undefined ? {} : { tabId: tab }), id);
    // The toolbar button speaks Spanish before anything is set up.
    await expect.poll(() => badge(tabId)).toBe('Xfinity: nada pendiente');

    const panel = await openPanel(context, extensionId, tabId);
    await panel.setViewportSize({ width: 360, height: 640 });
    await expect(panel.getByRole('heading', { name: 'Empecemos por la persona que falleció' })).toBeVisible();
    await expect(panel.getByText('todo se queda en esta computadora')).toBeVisible();
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await panel.title()).toBe(SPANISH_NAME);
    await panel.screenshot({ path: 'test-results/screens/spanish-first-run.png', fullPage: true });

    // The first-run form, as a Spanish reader fills it in.
    await panel.getByLabel('Su nombre completo').fill('Roberto Molina');
    await panel.getByLabel('Fecha de fallecimiento').fill('2026-03-02');
    await panel.getByRole('button', { name: 'Empezar', exact: true }).click();
    await expect(panel.getByRole('heading', { name: 'Cuentas de Roberto Molina' })).toBeVisible();
    // The date of death written the Spanish way ("2 mar 2026"), not "Mar 2, 2026".
    await expect(panel.getByText(/^Falleció el 2 mar\.? 2026$/)).toBeVisible();

    // An account (the provider's own button names it), then a step whose date has passed.
    await panel
      .getByRole('button', { name: /Xfinity/ })
      .first()
      .click();
    await expect.poll(async () => (await readRows(panel, 'accounts')).length).toBe(1);
    const [account] = await readRows<{ id: string; caseId: string }>(panel, 'accounts');
    const stamp = new Date().toISOString();
    await putSteps(panel, [
      {
        id: 'follow-up-1',
        caseId: account!.caseId,
        accountId: account!.id,
        title: 'Llamar a Xfinity por el reembolso',
        state: 'todo',
        dueDate: '2026-03-10',
        order: 50,
        links: { contactIds: [], documentSentIds: [], evidenceIds: [] },
        createdAt: stamp,
        updatedAt: stamp,
      },
    ]);
    await panel.evaluate(() => chrome.runtime.sendMessage({ type: 'data-changed' }));
    await expect.poll(() => badge(tabId)).toBe('Xfinity: 1 asunto pendiente: un paso fuera de plazo');
    expect(await badge()).toBe(`${SPANISH_NAME}: 1 asunto pendiente: un paso fuera de plazo`);

    // The home: the estate's accounts, in Spanish.
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await expect(panel.getByText('0 de 1 cuenta resuelta')).toBeVisible();
    await expect(panel.getByRole('navigation', { name: 'Secciones' })).toBeVisible();
    // The row of sections fits on one line at 360 px in Spanish too, its words and targets not made smaller than allowed.
    expect(await panel.evaluate(navRow)).toEqual({
      rows: 1,
      buttons: 5,
      smallestText: 14,
      smallTargets: 0,
    });
    await panel.screenshot({ path: 'test-results/screens/spanish-home.png', fullPage: true });

    // The reminders, and the settings with the language.
    await panel.getByRole('button', { name: 'Recordatorios' }).click();
    await expect(panel.getByRole('heading', { name: 'Pendiente' })).toBeVisible();
    await expect(panel.getByText(/^Xfinity: Fuera de plazo desde el 10 mar\.? 2026$/)).toBeVisible();
    const chooser = panel.getByRole('combobox', { name: 'Idioma de esta extensión' });
    await expect(chooser).toHaveValue('auto');
    await expect(chooser.getByRole('option', { name: 'Automático: Español' })).toBeAttached();
    await chooser.scrollIntoViewIfNeeded();
    await panel.screenshot({ path: 'test-results/screens/spanish-reminders.png', fullPage: true });

    // English, chosen in the settings: the panel changes at once, in place, the focus kept on the chooser.
    await chooser.focus();
    await chooser.selectOption('en');
    await expect(panel.getByRole('heading', { name: 'Language' })).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Reminders' })).toHaveAttribute('aria-current', 'page');
    await expect(panel.getByRole('heading', { name: 'Needs attention' })).toBeVisible();
    await expect(panel.getByText(/^Xfinity: Overdue since Mar 10, 2026$/)).toBeVisible();
    await expect(panel.getByRole('combobox', { name: 'Language of this extension' })).toBeFocused();
    await expect(panel.getByRole('combobox', { name: 'Language of this extension' })).toHaveValue('en');
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe('en');
    // The worker follows the choice too.
    await expect.poll(() => badge(tabId)).toBe('Xfinity: 1 thing needs attention: a step overdue');
    expect(await panel.evaluate(navRow)).toEqual({
      rows: 1,
      buttons: 5,
      smallestText: 14,
      smallTargets: 0,
    });
    await panel.screenshot({ path: 'test-results/screens/spanish-switched-to-english.png', fullPage: true });

    // Kept: a panel opened afterwards speaks English, though the browser speaks Spanish.
    await panel.reload();
    await expect(panel.getByRole('button', { name: 'Checklist' })).toBeVisible();
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe('en');
  } finally {
    await context.close();
  }
});
