/**
 * Issue 18, the account screens in Spanish: Chromium launched with --lang=es (and a
 * Spanish page language) shows an account in Spanish, and a person working in it (her
 * own step, two devices, a call with a promise, a document sent, a mistake or two, a
 * picture kept as proof and a file refused) reads every word in Spanish, counted the
 * Spanish way. Screenshots at 360 px in test-results/screens/spanish-account-*.png.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Locator, Page, Worker } from '@playwright/test';
import { expect, launchWithExtension, openPanel, openProviderTab, providerHtml, putRows, test } from './fixtures';

const screens = path.resolve('test-results/screens');
mkdirSync(screens, { recursive: true });

/** In Spanish: the browser's language (--lang=es) and the language pages are asked for (locale), as a Spanish-speaking person's Chromium has them. */
const inSpanish = { locale: 'es-ES', timezoneId: 'America/New_York', args: ['--lang=es'] };

let work: string;
let ext: { context: BrowserContext; worker: Worker; extensionId: string };

test.beforeEach(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'estate-es-'));
  ext = await launchWithExtension(path.join(work, 'profile'), inSpanish);
});
test.afterEach(async () => {
  await ext.context.close();
  rmSync(work, { recursive: true, force: true });
});

const stamp = '2026-11-01T15:00:00.000Z';

/** A case with an Xfinity account, written as the panel stores them, made the active one. */
async function seedCase(panel: Page): Promise<void> {
  // The panel has opened (and so created) its database once its first screen shows.
  await expect(panel.locator('main h1, main h2').first()).toBeVisible();
  await putRows(panel, 'cases', [
    { id: 'case-es', deceasedName: 'Roberto Martínez', dateOfDeath: '2026-10-02', userRole: 'spouse', createdAt: stamp, updatedAt: stamp },
  ]);
  await putRows(panel, 'accounts', [
    {
      id: 'acc-es',
      caseId: 'case-es',
      providerId: 'xfinity',
      intent: 'close',
      accountNumber: '8499100020009012',
      createdAt: stamp,
      updatedAt: stamp,
    },
  ]);
  await putRows(panel, 'settings', [{ key: 'activeCaseId', value: 'case-es' }]);
}

/** A local date (YYYY-MM-DD) some days from today, as the panel's own clock has it. */
async function dayFromToday(page: Page, days: number): Promise<string> {
  return page.evaluate((n) => {
    const d = new Date();
    d.setDate(d.getDate() + n);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }, days);
}

/** No English sentence of the account screens is left in what the person reads (steps' own texts are another part's). */
async function expectNoEnglish(region: Locator): Promise<void> {
  const text = (await region.textContent()) ?? '';
  for (const english of [
    'not returned',
    'Log a call or message',
    'Record a document sent',
    'No confirmation yet',
    'Add a device',
    'Add your own step',
    'Next step:',
    'Remove this account',
    'Account details',
    'What should happen to this account?',
    'Save to the log',
    'Change this entry',
    'It was kept',
    'Print or keep a copy',
  ])
    expect(text).not.toContain(english);
  for (const name of ['Equipment', 'Contact log', 'Documents sent', 'Quick actions', 'Checklist'])
    await expect(region.getByRole('region', { name, exact: true }).or(region.getByRole('list', { name, exact: true }))).toHaveCount(0);
}

test('an account in Spanish: a step, devices counted, a call with a promise, a document sent, proof', async () => {
  const { tabId } = await openProviderTab(
    ext.context,
    ext.worker,
    'https://customer.xfinity.com/#/devices',
    providerHtml('Mi cuenta'),
    'https://customer.xfinity.com/**',
  );
  const panel = await openPanel(ext.context, ext.extensionId, tabId);
  await seedCase(panel);
  await panel.setViewportSize({ width: 360, height: 640 });
  await panel.reload();

  // The browser's language decides: nothing was chosen in the settings.
  await expect(panel.locator('html')).toHaveAttribute('lang', 'es');
  const account = panel.getByRole('article', { name: 'Cuenta de Xfinity' });
  await expect(account).toBeVisible();
  await expect(account.getByText('¿Qué desea hacer con esta cuenta?')).toBeVisible();
  await expect(account.getByText('Datos de la cuenta (cuenta')).toBeVisible();
  await expect(account.getByRole('group', { name: 'Acciones rápidas' })).toBeVisible();

  // Her own step.
  await account.getByText('Agregar un paso propio', { exact: true }).first().click();
  const newStep = account.getByRole('form', { name: 'Paso nuevo' });
  await newStep.getByRole('button', { name: 'Agregar el paso' }).click();
  await expect(newStep.getByText('Escriba qué hay que hacer.')).toBeVisible();
  await newStep.getByLabel('Agregar un paso propio').fill('Pedir el cheque del reembolso');
  await newStep.getByLabel('Fecha límite (opcional)').fill(await dayFromToday(panel, 14));
  await newStep.getByRole('button', { name: 'Agregar el paso' }).click();
  const step = account.getByTestId('task').filter({ hasText: 'Pedir el cheque del reembolso' });
  await expect(step).toBeVisible();
  await expect(step.getByText(/^Para el \d{1,2} [a-z]+\.? \d{4}$/)).toBeVisible();

  // Two devices, one form each; a form sent empty says what is missing, in Spanish.
  const equipment = account.getByRole('region', { name: 'Equipos' });
  await account.getByRole('button', { name: 'Agregar un equipo' }).click();
  let addDevice = equipment.getByRole('form', { name: 'Agregar un equipo' });
  await addDevice.getByRole('button', { name: 'Agregar el equipo' }).click();
  await expect(addDevice.getByText('Falta un nombre para el equipo.')).toBeVisible();
  await addDevice.getByLabel('Tipo de equipo').selectOption('cable_modem');
  await addDevice.getByLabel('Un nombre que usted reconozca').fill('Módem de la sala');
  await addDevice.getByRole('button', { name: 'Agregar el equipo' }).click();
  await expect(equipment.getByTestId('fold-line')).toHaveText('Falta devolver 1 equipo');
  await account.getByRole('button', { name: 'Agregar un equipo' }).click();
  addDevice = equipment.getByRole('form', { name: 'Agregar un equipo' });
  await addDevice.getByLabel('Tipo de equipo').selectOption('tv_box');
  await addDevice.getByLabel('Un nombre que usted reconozca').fill('Decodificador del cuarto');
  await addDevice.getByRole('button', { name: 'Agregar el equipo' }).click();
  await expect(equipment.getByTestId('fold-line')).toHaveText('Falta devolver 2 equipos');
  // Marked returned, a device is dated today at once, and says so.
  const modem = equipment.getByTestId('device').filter({ hasText: 'Módem de la sala' });
  await modem.getByText('Datos de la devolución de Módem de la sala').click();
  await modem.getByLabel('Número de recibo o de rastreo').fill('RET-55812');
  await modem.getByLabel('Número de recibo o de rastreo').press('Tab');
  await modem.getByLabel('Dónde está').selectOption('returned');
  await expect(modem.getByText('Se puso la fecha de hoy: cámbiela si lo devolvió otro día.')).toBeVisible();
  await expect(equipment.getByTestId('fold-line')).toHaveText('Falta devolver 1 equipo · 1 devuelto');
  await expect(modem.getByText(/^Devuelto el .+ · recibo RET-55812$/)).toBeVisible();

  // A call with a promise: a date in the future is refused in Spanish, then corrected.
  await account.getByRole('button', { name: 'Anotar una llamada o un mensaje' }).click();
  const call = account.getByRole('form', { name: 'Anotar una llamada o un mensaje' });
  await call.getByLabel('Cuándo').fill('2099-01-05T10:00');
  await call.getByLabel('Con quién habló (nombre o número de empleado)').fill('Carmen, ID 4471');
  await call.getByLabel('Qué le dijeron').fill('Van a cerrar la cuenta y devolver el saldo a favor.');
  await call.getByLabel('Resultado').selectOption('promise');
  await expect(call.getByLabel('Promesa 1')).toBeFocused();
  await call.getByLabel('Promesa 1').fill('Un crédito de $120 en la última factura');
  await call.getByLabel('A más tardar el').fill(await dayFromToday(panel, 10));
  await call.getByText('Más datos: departamento, número de referencia, tiempo de espera').click();
  await call.getByLabel('Minutos en espera').fill('35');
  await call.getByRole('button', { name: 'Guardar la anotación' }).click();
  await expect(call.getByText('Esto todavía no ha pasado: use la fecha de hoy o una anterior.')).toBeVisible();
  await panel.screenshot({ path: path.join(screens, 'spanish-account-call-error.png') });
  await call.getByLabel('Cuándo').fill(`${await dayFromToday(panel, -1)}T14:05`);
  await call.getByRole('button', { name: 'Guardar la anotación' }).click();
  const log = account.getByRole('region', { name: 'Llamadas y mensajes' });
  const entry = log.getByTestId('contact');
  await expect(entry).toBeFocused();
  await expect(entry.getByText('con Carmen, ID 4471 · 35 min en espera')).toBeVisible();
  const promise = entry.getByTestId('promise');
  await expect(promise).toContainText(/Un crédito de \$120 en la última factura, a más tardar el \d{1,2} [a-z]+\.? \d{4}/);
  await expect(promise.getByRole('button', { name: 'La cumplieron', exact: true })).toBeVisible();
  await expect(promise.getByRole('button', { name: 'No la cumplieron' })).toBeVisible();

  // A document sent twelve days ago, not yet confirmed.
  await account.getByRole('button', { name: 'Anotar un documento enviado' }).click();
  const sent = account.getByRole('form', { name: 'Anotar un documento enviado' });
  await sent.getByLabel('Qué documento').selectOption('death_certificate');
  await sent.getByLabel('Enviado a (departamento o persona)').fill('Departamento de fallecimientos');
  await sent.getByLabel('Cómo', { exact: true }).selectOption('fax');
  await sent.getByLabel('Fecha de envío').fill(await dayFromToday(panel, -12));
  await sent.getByRole('button', { name: 'Guardar la anotación' }).click();
  const documents = account.getByRole('region', { name: 'Documentos enviados' });
  await expect(documents.getByText('Sin confirmación todavía (12 días)')).toBeVisible();
  await expect(documents.getByText('para Departamento de fallecimientos')).toBeVisible();

  await expectNoEnglish(account);
  // What she sees, a screen at a time: the account's top, her step, the devices, the document and the call.
  await modem.getByText('Datos de la devolución de Módem de la sala').click();
  const shoot = async (region: Locator, name: string) => {
    await region.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await panel.screenshot({ path: path.join(screens, `spanish-account-${name}.png`) });
  };
  await shoot(account, 'top');
  await shoot(step, 'step');
  await shoot(equipment, 'equipment');
  await shoot(documents, 'document-and-call');

  // The proof: an empty file is refused, a picture is kept, both said in Spanish.
  await panel.locator('nav.views button').nth(1).click();
  await expect(panel.getByRole('heading', { name: 'Pruebas', level: 1 })).toBeVisible();
  const upload = panel.getByRole('form', { name: 'Agregar documentos' });
  await upload.getByLabel('Qué es').selectOption('other');
  await upload.getByLabel('Archivos para guardar').setInputFiles([
    { name: 'vacio.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(0) },
    { name: 'modem-devuelto.png', mimeType: 'image/png', buffer: readFileSync(path.resolve('tests/fixtures/returned-modem.png')) },
  ]);
  const happened = panel.getByRole('list', { name: 'Qué pasó con sus archivos' });
  await expect(happened.getByText('“vacio.pdf” está vacío (0 bytes), así que no hay nada que guardar.')).toBeVisible();
  await expect(happened.getByText('Se guardó “modem-devuelto.png”.')).toBeVisible();
  const card = panel.getByRole('article', { name: 'modem-devuelto.png' });
  await card.getByRole('button', { name: 'Ver y abrir' }).click();
  await expect(card.getByRole('img', { name: 'Vista previa de modem-devuelto.png' })).toBeVisible();
  await panel.getByRole('button', { name: 'Comprobar que nada ha cambiado' }).click();
  await expect(panel.getByText('El archivo está exactamente como se guardó.')).toBeVisible();
  await panel.screenshot({ path: path.join(screens, 'spanish-account-proof.png'), fullPage: true });
});
