/**
 * A language chosen in another window switches an open account in place, and every word
 * on it follows at once: the calls linked to a step too, which the account
 * screen works out once per read of its records (they stayed English until the data changed).
 */
import { expect, logCallWithPromise, openPanel, test, xfinityAccount } from './fixtures';

test('Spanish chosen in another window: the open account, its linked call included, switches without any data change', async ({ ext }) => {
  const { panel } = await xfinityAccount(ext);
  await logCallWithPromise(panel, { at: '2026-11-01T09:30', what: 'Refund the deposit', by: '2026-11-03' });

  const step = panel.getByTestId('task').filter({ visible: true }).first();
  await step.locator('summary').click();
  // The promise's follow-up step, linked to its call.
  await expect(step.getByRole('list', { name: 'Linked records' })).toContainText(/^Phone call Nov 1, 2026/);

  // Another window of the extension chooses Spanish; this one changes in place, its records untouched.
  const settings = await openPanel(ext.context, ext.extensionId);
  await settings.getByRole('button', { name: 'Reminders' }).click();
  await settings.getByRole('combobox', { name: 'Language of this extension' }).selectOption('es');
  await expect(panel.locator('html')).toHaveAttribute('lang', 'es');
  await expect(step.getByRole('combobox', { name: 'Estado' })).toBeVisible();
  await expect(step.getByRole('list', { name: 'Anotaciones vinculadas' })).toContainText(/^Llamada del 1 nov\.? 2026/);
  await panel.screenshot({ path: 'test-results/screens/language-switch-account.png' });
});
