/**
 * Every language says everything English says, with the same placeholders, and its
 * plural forms are the ones its own rules ask for; t() fills, pluralizes and falls back.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fill, LANGUAGES, type Message, pickLanguage, t, useLanguage } from '../../../lib/i18n';

const ROOT = path.resolve('lib/i18n');
type AreaFile = Record<string, Message>;

function areas(language: string): Map<string, AreaFile> {
  const dir = path.join(ROOT, language);
  return new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f, JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as AreaFile]),
  );
}

function placeholders(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  return [...new Set(texts.flatMap((s) => [...(s ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)))].sort();
}

const english = areas('en');

describe('the message files', () => {
  for (const language of LANGUAGES.filter((l) => l !== 'en')) {
    const other = areas(language);
    it(`${language} has the same area files as English`, () => {
      expect([...other.keys()].sort()).toEqual([...english.keys()].sort());
    });

    for (const [file, messages] of english) {
      it(`${language}/${file}: the same keys and placeholders as English`, () => {
        const translated = other.get(file) ?? {};
        expect(Object.keys(translated).sort()).toEqual(Object.keys(messages).sort());
        for (const [key, message] of Object.entries(messages)) {
          const theirs = translated[key];
          expect({ key, placeholders: theirs === undefined ? [] : placeholders(theirs) }).toEqual({
            key,
            placeholders: placeholders(message),
          });
          expect({ key, plural: typeof theirs === 'object' }).toEqual({ key, plural: typeof message === 'object' });
        }
      });

      it(`${language}/${file}: plural messages have every form ${language} needs, and no empty text`, () => {
        const needed = new Intl.PluralRules(`${language}-US`).resolvedOptions().pluralCategories;
        for (const [key, message] of Object.entries(other.get(file) ?? {})) {
          if (typeof message === 'string') expect({ key, text: message.trim().length > 0 }).toEqual({ key, text: true });
          else expect({ key, forms: Object.keys(message).sort() }).toEqual({ key, forms: [...needed].sort() });
        }
      });
    }
  }

  it('English plural messages have "one" and "other"', () => {
    for (const messages of english.values())
      for (const [key, message] of Object.entries(messages))
        if (typeof message === 'object') expect({ key, forms: Object.keys(message).sort() }).toEqual({ key, forms: ['one', 'other'] });
  });
});

describe('t()', () => {
  afterEach(() => useLanguage('en'));

  it('speaks English by default and fills placeholders, numbers the language way', () => {
    expect(t('common.save')).toBe('Save');
    expect(t('common.accounts', { count: 1 })).toBe('1 account');
    expect(t('common.accounts', { count: 1200 })).toBe('1,200 accounts');
  });

  it('speaks Spanish once loaded, with its plural rules', async () => {
    await useLanguage('es');
    expect(t('common.save')).toBe('Guardar');
    expect(t('common.accounts', { count: 1 })).toBe('1 cuenta');
    expect(t('common.accounts', { count: 3 })).toBe('3 cuentas');
    expect(t('common.accounts', { count: 0 })).toBe('0 cuentas');
  });

  it('leaves a placeholder with no value visible, never empty', () => {
    expect(fill('Call {name} at {phone}', { name: 'Xfinity' })).toBe('Call Xfinity at {phone}');
  });
});

describe('pickLanguage', () => {
  it("takes the user's choice, else the browser's language, else English", () => {
    expect(pickLanguage('es', 'en-US')).toBe('es');
    expect(pickLanguage('auto', 'es-MX')).toBe('es');
    expect(pickLanguage(undefined, 'es_419')).toBe('es');
    expect(pickLanguage('auto', 'fr-FR')).toBe('en');
    expect(pickLanguage('xx', undefined)).toBe('en');
    // The first of the browser's languages that the extension speaks.
    expect(pickLanguage('auto', ['fr-FR', 'es-419', 'en-US'])).toBe('es');
    expect(pickLanguage('auto', ['en-US', 'es'])).toBe('en');
  });
});
