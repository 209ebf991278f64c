/**
 * The provider page and an account's checklist in Spanish: Chromium started in Spanish
 * (--lang=es, Spanish pages) shows the guidance for a routed Xfinity page in Spanish,
 * the provider's own facts and quotes kept in English and marked "(en inglés)", the plain
 * statement when nothing is known in Spanish, and an account's checklist in Spanish while
 * its steps stay stored in the playbook's English; a title the user wrote shows as written.
 */
import type { Page } from '@playwright/test';
import { expect, launchWithExtension, openPanel, providerHtml, putRows, putSteps, readSteps, routePage, tabIdOf, test } from './fixtures';

const BEREAVEMENT = 'https://www.xfinity.com/support/articles/account-holder-passed-away';
const SPECTRUM = 'https://www.spectrum.net/account-summary';
/** A step of the checklist by the title shown. */
const step = (panel: Page, title: string) => panel.getByTestId('task').filter({ has: panel.getByText(title, { exact: true }) });
const shot = (panel: Page, name: string, fullPage = true) =>
  panel.screenshot({ path: `test-results/screens/spanish-here-${name}.png`, fullPage });

test("Chromium in Spanish: a provider page's guidance and an account's checklist in Spanish, the provider's facts marked as English (360 px)", async ({
  profile,
}) => {
  const { context, worker, extensionId } = await launchWithExtension(profile, { locale: 'es-ES', args: ['--lang=es'] });
  try {
    await routePage(context, 'https://www.xfinity.com/**', providerHtml('Account holder passed away'));
    await routePage(context, 'https://www.spectrum.net/**', providerHtml('My Spectrum'));
    const site = await context.newPage();
    await site.goto(BEREAVEMENT);
    const tabId = await tabIdOf(worker, BEREAVEMENT);

    // Xfinity's bereavement page, before any estate: where the user is, and what Xfinity says, in Spanish.
    const panel = await openPanel(context, extensionId, tabId);
    await panel.setViewportSize({ width: 360, height: 640 });
    await expect(panel.getByText('Está en la página para avisar de un fallecimiento de Xfinity.')).toBeVisible();
    const guidance = panel.getByRole('region', { name: 'En esta página' });
    const todo = guidance.getByRole('list', { name: 'Qué hacer aquí' });
    const dates = todo.getByRole('listitem').filter({ hasText: 'Pick the disconnect date' });
    // The fact and its quote stay as Xfinity wrote them, marked once for a Spanish reader; the citation around them is Spanish.
    await expect(dates.locator('q')).toHaveText('select a date to disconnect that’s up to 60 days after today.');
    expect((await dates.textContent())?.match(/\(en inglés\)/g)).toHaveLength(1);
    await expect(dates).toContainText('60 days after today. (en inglés)');
    await expect(dates).toContainText('comprobado el 2026-11-30');
    await expect(dates.getByRole('link', { name: /^Fuente: / })).toHaveAttribute('href', BEREAVEMENT);
    await expect(guidance.getByRole('list', { name: 'Sus opciones' })).toContainText('Cerrar la cuenta');
    await expect(guidance.getByRole('heading', { name: 'Cómo avisar a Xfinity de un fallecimiento' })).toBeVisible();
    await expect(guidance.getByRole('list', { name: 'Cómo contactar con la compañía' })).toContainText('Formulario en línea');
    await expect(guidance).not.toContainText('Source:');
    await shot(panel, '1-xfinity-bereavement');

    // A provider with no published process: said plainly, in Spanish, with what usually has to happen.
    await site.goto(SPECTRUM);
    const spectrumTab = await tabIdOf(worker, SPECTRUM);
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${spectrumTab}`);
    const none = panel.getByRole('region', { name: 'En esta página' });
    await expect(
      none.getByText(
        'No se encontró ningún proceso publicado de Spectrum para casos de fallecimiento: llame al número que aparece en la factura y anote la llamada.',
      ),
    ).toBeVisible();
    const usually = none.getByRole('list', { name: 'Lo que normalmente hay que hacer' });
    await expect(usually.getByRole('listitem').first()).toHaveText('Avisar a Spectrum del fallecimiento');
    await expect(usually).toContainText('Enviar una prueba del fallecimiento');
    await shot(panel, '2-spectrum-none-found');

    // An estate (written as other specs seed data: the first-run form is another part's), then Xfinity's account.
    const stamp = new Date().toISOString();
    await putRows(panel, 'cases', [
      {
        id: 'case-molina',
        deceasedName: 'Roberto Molina',
        dateOfDeath: '2026-03-02',
        userRole: 'spouse',
        survivorName: 'Linda Molina',
        createdAt: stamp,
        updatedAt: stamp,
      },
    ]);
    await putRows(panel, 'settings', [{ key: 'activeCaseId', value: 'case-molina' }]);
    await routePage(context, 'https://customer.xfinity.com/**', providerHtml('My Account - Xfinity'));
    await site.goto('https://customer.xfinity.com/#/billing');
    const billingTab = await tabIdOf(worker, 'https://customer.xfinity.com/#/billing');
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${billingTab}`);
    await expect(panel.getByText('Está en la página de facturación de Xfinity.')).toBeVisible();
    await panel.getByRole('button', { name: 'Agregar la cuenta de Xfinity' }).click();

    const account = panel.getByRole('article', { name: /Xfinity/ });
    await expect(account).toBeVisible();
    await account.getByRole('radio', { name: 'Cerrar la cuenta' }).check();
    await expect(step(panel, 'Revisar la última factura')).toBeVisible();
    await expect(step(panel, 'Avisar a Xfinity del fallecimiento')).toBeVisible();
    await expect(step(panel, 'Anotar cada equipo que dio Xfinity')).toContainText('Agregue cada uno en la sección de equipos');
    await expect(step(panel, 'Pedir que no cobren la penalización por cancelar antes de tiempo')).toBeVisible();
    await expect(step(panel, 'Conseguir un número de confirmación o de referencia')).toContainText(
      'Guarde la página de confirmación como prueba, o anote el número con la llamada.',
    );
    await expect(panel.getByTestId('task').filter({ hasText: 'Tell Xfinity about the death' })).toHaveCount(0);
    await shot(panel, '3-account');
    await step(panel, 'Avisar a Xfinity del fallecimiento').evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await shot(panel, '3-account-checklist', false);

    // Stored in the playbook's English (the export format); the user's own title for a step is kept as written.
    const steps = await readSteps<{ id: string; caseId: string; accountId: string; stepKey?: string; title: string }>(panel);
    const notify = steps.find((s) => s.stepKey === 'notify')!;
    expect(notify.title).toBe('Tell Xfinity about the death');
    await putSteps(panel, [{ ...notify, title: 'Llamar a Xfinity el lunes por la mañana' }]);
    await panel.reload();
    await expect(step(panel, 'Llamar a Xfinity el lunes por la mañana')).toBeVisible();
    await expect(step(panel, 'Avisar a Xfinity del fallecimiento')).toHaveCount(0);
    await expect(step(panel, 'Revisar la última factura')).toBeVisible();
    await step(panel, 'Llamar a Xfinity el lunes por la mañana').evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await shot(panel, '4-title-written-by-the-user', false);
  } finally {
    await context.close();
  }
});
