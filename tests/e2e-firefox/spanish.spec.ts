/**
 * The extension in Firefox, in Spanish: a Firefox whose languages put Spanish first (its
 * intl.accept_languages, what a Spanish Firefox has) shows the toolbar tooltip, the first
 * run, the home and the settings in Spanish, with no choice made in the extension.
 */
import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { navRow } from '../e2e/navRow';
import {
  badgeOf,
  click,
  type Firefox,
  fill,
  fillDate,
  launchFirefox,
  openPanel,
  openProviderTab,
  providerHtml,
  tabIdOf,
  textOf,
} from './firefox';

const XFINITY = 'https://customer.xfinity.com/#/billing';

let firefox: Firefox;
test.beforeAll(async () => {
  firefox = await launchFirefox({ 'intl.accept_languages': 'es-MX, es, en-US' });
});
test.afterAll(async () => {
  await firefox?.close();
});

test('in Firefox with Spanish first: tooltip, first run, home and settings in Spanish', async () => {
  const { browser } = firefox;
  await openProviderTab(browser, XFINITY, providerHtml('My Account - Xfinity'));
  const probe = await openPanel(browser);
  const tabId = await tabIdOf(probe, XFINITY);
  await probe.close();

  const panel = await openPanel(browser, tabId);
  await expect.poll(async () => (await badgeOf(panel, tabId)).title).toBe('Xfinity: nada pendiente');
  await panel.setViewport({ width: 360, height: 640 });
  mkdirSync('test-results/screens', { recursive: true });
  await expect.poll(() => textOf(panel)).toContain('Empecemos por la persona que falleció');
  expect(await panel.evaluate(() => document.documentElement.lang)).toBe('es');
  await panel.screenshot({ path: 'test-results/screens/firefox-spanish-first-run.png' });

  await fill(panel, 'Su nombre completo', 'Roberto Molina');
  await fillDate(panel, 'Fecha de fallecimiento', '2026-03-02');
  await click(panel, 'button', 'Empezar');
  await expect.poll(() => textOf(panel)).toContain('Cuentas de Roberto Molina');
  expect(await textOf(panel)).toMatch(/Falleció el 2 mar\.? 2026/);

  // The row of sections fits on one line at 360 px, beside Firefox's scrollbar, its words and targets not made smaller than allowed.
  expect(await panel.evaluate(navRow)).toEqual({
    rows: 1,
    buttons: 5,
    smallestText: 14,
    smallTargets: 0,
  });
  await click(panel, 'button', 'Recordatorios');
  await expect.poll(() => textOf(panel)).toContain('Ajustes de los recordatorios');
  // The language chooser, on "Automatic", names the browser's language.
  const chosen = await panel.evaluate(
    () => document.querySelector<HTMLSelectElement>('select[name=language]')?.selectedOptions[0]?.textContent,
  );
  expect(chosen).toBe('Automático: Español');
  await panel.screenshot({ path: 'test-results/screens/firefox-spanish-settings.png', fullPage: true });
});
