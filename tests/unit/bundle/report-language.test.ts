/**
 * The report's language: English by default (the copy a US regulator or executive
 * office reads), Spanish when asked (the page the user reads from a Spanish panel),
 * whatever the panel speaks meanwhile.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../../lib/bundle/report';
import type { BundleCase } from '../../../lib/bundle/schema';
import { language, loadLanguage, useLanguage } from '../../../lib/i18n';
import { caseJsonOf, seedCase } from '../../fixtures/bundle-seed';

const bundle = caseJsonOf(seedCase(), { asOf: '2026-03-10T19:05:00.000Z' }) as unknown as BundleCase;
const input = {
  bundle,
  sha256: new Map<string, string>(),
  providerName: (id: string) => id,
  today: '2026-03-12',
  timeZone: 'America/New_York',
};

beforeAll(() => loadLanguage('es'));
afterEach(() => useLanguage('en'));

describe('the report’s language', () => {
  it('is English by default, even when the panel speaks Spanish', async () => {
    await useLanguage('es');
    const html = renderReport(input);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h2>What happened, account by account</h2>');
    expect(html).toContain('It holds everything recorded up to Mar 10, 2026, 3:05 PM EDT.');
    expect(language()).toBe('es');
  });

  it('is Spanish when asked: headings, dates, local times and the footer', () => {
    const html = renderReport({ ...input, language: 'es' });
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('<h2>Qué pasó, cuenta por cuenta</h2>');
    expect(html).toContain('<h2 class="new-page">Cronología</h2>');
    expect(html).toContain('Contiene todo lo anotado hasta el 10 mar 2026, 3:05 p.m. EDT.');
    expect(html).toContain('Las horas son las horas locales de New York (America/New York).');
    expect(html).not.toMatch(/\{\w+\}/);
    expect(language()).toBe('en');
  });
});
