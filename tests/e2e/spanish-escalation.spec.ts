/**
 * The leverage screens in Spanish: after a broken promise the escalation ladder speaks
 * Spanish (regulators' names and facts kept in English, marked so), and a letter is
 * written in English by default (it goes to a US company) or in Spanish when the user
 * chooses, its printed page too. The panel is switched to Spanish by the language
 * setting (the settings table's 'language' row), as the settings screen stores it.
 */
import { expect, logCallWithPromise, putRows, test, xfinityAccount } from './fixtures';

const screens = 'test-results/screens';

test('in Spanish: the ladder after a broken promise, a letter and the FCC packet in English by default or in Spanish when chosen', async ({
  ext,
}) => {
  const { panel } = await xfinityAccount(ext, { now: '2026-11-01T10:00:00', role: 'spouse' });
  await logCallWithPromise(panel, { at: '2026-11-01T09:30', what: 'Refund the deposit', by: '2026-11-03' });

  // The user chooses Spanish (stored as the settings screen stores it); Nov 3 passes without the refund.
  await putRows(panel, 'settings', [{ key: 'language', value: 'es' }]);
  await panel.clock.fastForward(4 * 24 * 3600 * 1000); // Nov 5
  await panel.reload();
  await expect.poll(() => panel.evaluate(() => document.documentElement.lang)).toBe('es');

  const offer = panel.getByRole('region', { name: 'Lo que suele dar resultado ahora' });
  await expect(offer).toBeVisible();
  // The promise is the user's own words: they stay as typed.
  await expect(offer.getByText(/^Xfinity no cumplió lo que prometió para el 3 nov\.? 2026: “Refund the deposit”\.$/)).toBeVisible();
  await expect(offer.getByText('Esto es lo que suele dar resultado. Vaya paso a paso, sin prisa.')).toBeVisible();
  const rungs = offer.getByTestId('rung');
  await expect(rungs.first()).toContainText('Pedir hablar con un supervisor y un número de caso');
  await expect(rungs.first()).toContainText('Pruebe esto ahora');
  await expect(offer.locator('[data-rung="fcc"]')).toContainText('Presentar una queja ante la FCC');
  await expect(offer.locator('[data-rung="franchise"]')).toContainText('Para la facturación de la televisión por cable');
  await expect(offer).not.toContainText('Try this next');
  await offer.scrollIntoViewIfNeeded();
  await panel.screenshot({ path: `${screens}/spanish-escalation-offered.png` });

  // The FCC's rung: its deadline in Spanish, its sourced facts in English and marked "(en inglés)".
  const fcc = offer.locator('[data-rung="fcc"]');
  await fcc.getByRole('button', { name: 'Ver lo que hace falta' }).click();
  await expect(fcc.getByText('Plazo que tienen para responder:')).toBeVisible();
  await expect(fcc.getByText('30 días.', { exact: false })).toBeVisible();
  await expect(fcc.getByRole('link', { name: 'Página de quejas' })).toHaveAttribute('href', /^https:\/\/consumercomplaints\.fcc\.gov\//);
  await expect(fcc).toContainText('(en inglés)');
  await fcc.scrollIntoViewIfNeeded();
  await panel.screenshot({ path: `${screens}/spanish-escalation-fcc.png` });

  // "Ya lo hice" on the first rung: recorded, with its follow-up, in Spanish.
  await rungs.first().getByRole('button', { name: 'Ya lo hice' }).click();
  const form = panel.getByRole('form', { name: 'Anotar: Pedir hablar con un supervisor y un número de caso' });
  await expect(form.getByLabel('Cuándo lo hizo')).toBeFocused();
  await form.getByLabel('Número de caso, de reclamo o de seguimiento').fill('ESC-5521');
  await form.getByRole('button', { name: 'Guardar' }).click();
  const done = offer.getByRole('list', { name: 'Reclamos a instancias superiores hasta ahora' }).getByTestId('escalation');
  await expect(done).toBeFocused();
  await expect(done).toContainText('Un supervisor de Xfinity');
  await expect(done).toContainText('ref. ESC-5521');
  await expect(done).toContainText(/Respuesta a más tardar el 19 nov\.? 2026/);

  // A letter: English unless the user chooses otherwise; the editor around it speaks Spanish.
  await panel.getByRole('button', { name: /^(Write a letter|Escribir una carta)$/ }).click();
  await expect(panel.getByRole('heading', { name: 'Escribir una carta a Xfinity' })).toBeFocused();
  const text = panel.getByLabel('La carta (puede cambiar lo que quiera)');
  await expect(text).toHaveValue(/To whom it may concern,/);
  await expect(text).toHaveValue(/November 5, 2026/);
  const language = panel.getByRole('group', { name: 'Idioma de la carta' });
  await expect(language.getByText('La carta se escribe en inglés, salvo que usted elija otro idioma.', { exact: false })).toBeVisible();
  await expect(language.getByRole('radio', { name: 'English' })).toBeChecked();
  await language.getByRole('radio', { name: 'Español' }).check();
  await expect(text).toHaveValue(/A quien corresponda:/);
  await expect(text).toHaveValue(/5 de noviembre de 2026/);
  await expect(text).toHaveValue(/Soy .* de Robert Miller, que falleció el 2 de marzo de 2026\./);
  await expect(text).toHaveValue(/Documentos adjuntos:\n- Una copia del certificado de defunción$/);
  await expect(panel.getByRole('note')).toContainText(
    /^Falta completar: \[Su nombre\], \[Su dirección postal\], \[Departamento de fallecimientos/,
  );
  await language.scrollIntoViewIfNeeded();
  await panel.screenshot({ path: `${screens}/spanish-letter-editor.png` });

  // Printed: the letter in Spanish, the print page's own words in Spanish.
  const [printout] = await Promise.all([
    ext.context.waitForEvent('page'),
    panel.getByRole('button', { name: 'Imprimir la carta' }).click(),
  ]);
  await printout.setViewportSize({ width: 360, height: 640 });
  await expect(printout.getByRole('status')).toHaveText('Revise la página y luego imprímala o guárdela como PDF.');
  await expect(printout.getByRole('button', { name: 'Imprimir, o guardar como PDF' })).toBeFocused();
  await expect(printout.locator('#printout')).toContainText('A quien corresponda:');
  await expect(printout.locator('#printout')).toContainText('Atentamente,');
  await printout.screenshot({ path: `${screens}/spanish-letter-printout.png` });
  await printout.close();

  // Recorded as sent: the form in Spanish, the record under the panel's words.
  await panel.getByRole('button', { name: 'Ya la envié' }).click();
  const sent = panel.getByRole('form', { name: 'Cuándo se envió la carta' });
  await sent.getByRole('button', { name: 'Anotarla como enviada' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Quedó anotada en “Documentos enviados”.' })).toBeFocused();

  // The FCC packet from its step: the screen in Spanish, the packet in English unless chosen,
  // each field with the form's own English words to find it on the form.
  await panel.getByRole('button', { name: 'Volver a la cuenta' }).click();
  const fccStep = panel.locator('[data-rung="fcc"]');
  await fccStep.getByRole('button', { name: 'Ver lo que hace falta' }).click();
  await fccStep.getByRole('button', { name: 'Preparar la queja' }).click();
  await expect(panel.getByRole('heading', { name: 'Preparar una queja sobre Xfinity' })).toBeFocused();
  const description = panel.getByRole('textbox', { name: 'Descripción: qué pasó' });
  await expect(description).toHaveAccessibleDescription(/^En el formulario \(en inglés\): “Description: what happened”/);
  await expect(description).toHaveValue(/died on March 2, 2026/);
  const packetLanguage = panel.getByRole('group', { name: 'Idioma de la queja' });
  await packetLanguage.getByRole('radio', { name: 'Español' }).check();
  await expect(description).toHaveValue(/falleció el 2 de marzo de 2026/);
  await expect(description).toHaveValue(/Los representantes hicieron 1 promesa: 0 cumplida, 1 no cumplida, 0 que todavía no vence\./);
  await packetLanguage.scrollIntoViewIfNeeded();
  await panel.screenshot({ path: `${screens}/spanish-packet.png` });
  await description.scrollIntoViewIfNeeded();
  await panel.screenshot({ path: `${screens}/spanish-packet-description.png` });
});
