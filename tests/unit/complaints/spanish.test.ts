/**
 * A letter and a complaint packet written in Spanish: the user's choice for the
 * document, apart from the panel's language (inLanguage). Placeholders filled, plural
 * forms by Spanish rules, dates the Spanish way; the sources' quotes stay in English,
 * marked so. English stays the default: the other tests check its exact wording.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintForm } from '../../../lib/complaints/forms';
import { minutesInWords, summaryOf, totalsInWords, totalsOf } from '../../../lib/complaints/history';
import { blanksIn, buildLetter, letterKinds, letterTitle } from '../../../lib/complaints/letters';
import { buildPacket } from '../../../lib/complaints/packet';
import { letterHtml, packetHtml } from '../../../lib/complaints/print';
import { cssString } from '../../../lib/html';
import { inLanguage, language, loadLanguage, t, useLanguage } from '../../../lib/i18n';
import { story2Case, story2Devices, story2History } from '../../fixtures/story2';

const letterInput = { ...story2History, estateCase: story2Case, numbers: 'last4' as const, today: '2026-03-25' };
const when = { today: '2026-03-25', timeZone: 'America/New_York' };
const packetInput = { ...story2History, estateCase: story2Case, category: 'cable_internet' as const, numbers: 'last4' as const };

beforeAll(() => loadLanguage('es'));

describe('a letter in Spanish', () => {
  const letter = () => inLanguage('es', () => buildLetter('bereavement', letterInput));

  it('is written in Spanish, its blanks and dates filled the Spanish way', () => {
    const l = letter();
    expect(l.title).toBe('Aviso de fallecimiento: cerrar o transferir la cuenta');
    expect(l.text).toContain('Linda Miller\n40 Maple Ave, Albany, NY 12208\n518-555-0142\nlinda@example.com\n\n25 de marzo de 2026');
    expect(l.text).toContain('Asunto: Cuenta de Robert Miller, fallecido/a\nNúmero de cuenta: terminada en 9012');
    expect(l.text).toContain('que falleció el 10 de enero de 2026.');
    expect(l.text).toContain('Les pido que cierren la cuenta con fecha del 31 de enero de 2026');
    expect(l.text).toContain('A quien corresponda:');
    expect(l.text).toContain('Atentamente,');
    expect(l.text).toContain('devuelto el 22 de enero de 2026');
    expect(l.text).toMatch(/Documentos adjuntos:\n- Una copia del certificado de defunción$/);
    expect(l.text).not.toMatch(/\{\w+\}/);
  });

  it('keeps what the case does not know in brackets, in Spanish', () => {
    expect(blanksIn(inLanguage('es', () => buildLetter('final_bill', letterInput)).text)).toEqual([
      '[Departamento de fallecimientos o de servicio al cliente]',
      '[fecha de la factura]',
      '[los cargos y sus montos]',
    ]);
  });

  it('every kind is filled, and prints with a Spanish footer', () => {
    for (const kind of letterKinds) {
      const html = inLanguage('es', () => {
        const l = buildLetter(kind, { ...letterInput, devices: story2Devices });
        expect(l.text).not.toMatch(/\{\w+\}/);
        return letterHtml({ title: l.title, text: l.text }, { deceasedName: 'Robert Miller', today: '2026-03-25' });
      });
      expect(html).toContain('Carta: cuentas de Robert Miller. Impreso el 25 de marzo de 2026.');
      expect(html).toContain('<html lang="es">');
      expect(html).toContain(`${cssString('Página ')} counter(page) ${cssString(' de ')} counter(pages)`);
    }
  });

  it('leaves the panel speaking its own language, and English stays the default', () => {
    letter();
    expect(language()).toBe('en');
    expect(letterTitle('bereavement')).toBe('Notice of death: close or transfer the account');
    expect(buildLetter('bereavement', letterInput).text).toContain('March 25, 2026');
  });
});

describe('a complaint packet in Spanish', () => {
  const packet = () => inLanguage('es', () => buildPacket(complaintForm('fcc'), packetInput, when));
  const field = (p: ReturnType<typeof packet>, key: string) => p.fields.find((f) => f.key === key);

  it('labels each field in Spanish and fills it from the case, in Spanish', () => {
    const p = packet();
    expect(field(p, 'filerName')).toMatchObject({ label: 'Nombre y apellido', value: 'Linda Miller' });
    expect(field(p, 'howReceived')?.value).toBe('Internet y televisión por cable');
    const description = field(p, 'description')!.value;
    expect(description).toContain('Robert Miller, titular de la cuenta de Xfinity (cuenta terminada en 9012)');
    expect(description).toContain('falleció el 10 de enero de 2026');
    expect(description).toContain(
      'Desde el 15 de enero de 2026 se anotaron 22 contactos con Xfinity (22 llamadas telefónicas, 12 horas en espera en total).',
    );
    expect(description).toContain('Contactos:');
    expect(description).not.toMatch(/\{\w+\}/);
    expect(field(p, 'stepsTaken')!.value).toContain('Me comuniqué con Xfinity 22 veces entre el 15 de enero de 2026 y el');
  });

  it('says why a sensitive document stays out, in Spanish', () => {
    const p = packet();
    expect(p.leftOut.length).toBeGreaterThan(0);
    expect(p.leftOut[0]!.why).toBe(
      'Usted lo marcó como delicado, y el formulario (Queja informal ante la FCC) no pide datos personales delicados, así que queda fuera.',
    );
  });

  it('prints with the sources’ quotes kept in English and marked so', () => {
    const html = inLanguage('es', () => packetHtml(packet(), { deceasedName: 'Robert Miller', today: '2026-03-25' }));
    expect(html).toContain('<h1>Queja informal ante la FCC</h1>');
    expect(html).toContain('No se ha enviado nada: copie usted cada parte en el formulario.');
    expect(html).toMatch(/\(leído el 30 de noviembre de 2026\): “Do not include any sensitive information[^”]*” \(en inglés\)/);
    expect(html).toContain('Queja informal ante la FCC: cuentas de Robert Miller. Impreso el 25 de marzo de 2026.');
  });

  it('uses Spanish plural forms: one, and many/other', () => {
    inLanguage('es', () => {
      expect(minutesInWords(1)).toBe('1 minuto');
      expect(minutesInWords(65)).toBe('1 hora y 5 minutos');
      expect(minutesInWords(125)).toBe('2 horas y 5 minutos');
      expect(t('complaints.totalCalls', { count: 1 })).toBe('1 llamada');
      // US Spanish groups digits as US English does; "de" before a round million.
      expect(t('complaints.totalCalls', { count: 1000000 })).toBe('1,000,000 de llamadas');
      const totals = totalsInWords(totalsOf(story2History, when));
      expect(totals).toContain('3 promesas no cumplidas');
      expect(totals).toContain('1 reclamo a una instancia superior');
      expect(summaryOf(story2History, when)).toContain(
        'Los representantes hicieron 3 promesas: 0 cumplidas, 3 no cumplidas, 0 que todavía no vencen.',
      );
    });
  });

  it('English is unchanged when the panel speaks Spanish', async () => {
    await useLanguage('es');
    try {
      const p = inLanguage('en', () => buildPacket(complaintForm('fcc'), packetInput, when));
      expect(p.fields.find((f) => f.key === 'filerName')?.label).toBe('First and last name');
      expect(p.fields.find((f) => f.key === 'description')?.value).toContain('died on January 10, 2026');
      expect(language()).toBe('es');
    } finally {
      await useLanguage('en');
    }
  });
});

describe('every form has its words in every language', () => {
  afterAll(() => useLanguage('en'));
  it('names, bodies, labels and hints are found (a missing key would show itself)', async () => {
    for (const lang of ['en', 'es'] as const) {
      await useLanguage(lang);
      for (const id of ['fcc', 'puc-ca', 'puc-ny', 'puc-tx', 'puc', 'cfpb', 'executive'] as const) {
        const form = complaintForm(id);
        const words = [form.name, form.body, form.forbidsWhy, form.afterFiling, ...form.fields.flatMap((f) => [f.label, f.hint])];
        for (const w of words.filter((x): x is string => x !== undefined)) expect(w).not.toMatch(/^complaints\./);
      }
    }
  });
});
