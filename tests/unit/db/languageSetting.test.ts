/** The language setting: stored, validated both ways, and what the pages load from it. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../lib/db/database';
import {
  LANGUAGE_SETTING,
  loadChosenLanguage,
  parseLanguageChoice,
  readLanguageChoice,
  saveLanguageChoice,
} from '../../../lib/db/languageSetting';
import { browserLanguages, type LanguageChoice, language, t, useLanguage } from '../../../lib/i18n';
import { useFreshDatabase } from '../freshDb';

useFreshDatabase('language');

afterEach(async () => {
  vi.unstubAllGlobals();
  await useLanguage('en');
});

describe('the stored choice', () => {
  it('is "auto" until the user picks one, then what they picked', async () => {
    expect(await readLanguageChoice()).toBe('auto');
    await saveLanguageChoice('es');
    expect(await readLanguageChoice()).toBe('es');
    await saveLanguageChoice('auto');
    expect(await readLanguageChoice()).toBe('auto');
  });

  it('reads a value that is not a choice (misspelled, another type, from elsewhere) as "auto"', async () => {
    for (const bad of ['ES', 'fr', 3, null, { language: 'es' }]) {
      await db().settings.put({ key: LANGUAGE_SETTING, value: bad });
      expect(await readLanguageChoice()).toBe('auto');
    }
    expect(parseLanguageChoice(undefined)).toBe('auto');
    expect(parseLanguageChoice('en')).toBe('en');
  });

  it('refuses to store a value that is not a choice, and keeps the one stored', async () => {
    await saveLanguageChoice('es');
    await expect(saveLanguageChoice('fr' as LanguageChoice)).rejects.toThrow();
    expect((await db().settings.get(LANGUAGE_SETTING))?.value).toBe('es');
  });
});

describe('loading the language a page speaks', () => {
  it('"auto" follows the browser: its page languages first, then its own interface language', async () => {
    vi.stubGlobal('navigator', { languages: ['es-MX', 'en-US'], language: 'es-MX' });
    expect(browserLanguages('en-US')).toEqual(['es-MX', 'en-US', 'en-US']);
    expect(await loadChosenLanguage('en-US')).toBe('es');
    expect(language()).toBe('es');
    expect(t('common.save')).toBe('Guardar');

    vi.stubGlobal('navigator', { languages: ['fr-FR'], language: 'fr-FR' });
    expect(await loadChosenLanguage('es')).toBe('es');
    expect(await loadChosenLanguage('de')).toBe('en');
  });

  it("the user's choice wins over the browser's", async () => {
    vi.stubGlobal('navigator', { languages: ['es-US'], language: 'es-US' });
    await saveLanguageChoice('en');
    expect(await loadChosenLanguage('es')).toBe('en');
    expect(t('common.save')).toBe('Save');
  });
});
