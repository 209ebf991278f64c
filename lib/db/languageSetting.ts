/**
 * The language the user chose in the settings ("auto": the browser's), kept in the
 * settings table, and what the extension's pages and worker do with it: load that
 * language before they show a word, and follow a change made in any other context.
 */
import Dexie from 'dexie';
import { z } from 'zod';
import { browserLanguages, LANGUAGES, type Language, type LanguageChoice, language, pickLanguage, useLanguage } from '../i18n';
import { db } from './database';

export const LANGUAGE_SETTING = 'language';

export const LanguageChoiceSchema = z.enum(['auto', ...LANGUAGES]);

/** A stored value as a choice: anything that is not one (missing, misspelled, from an old version) is "auto". */
export function parseLanguageChoice(value: unknown): LanguageChoice {
  const parsed = LanguageChoiceSchema.safeParse(value);
  return parsed.success ? parsed.data : 'auto';
}

export async function readLanguageChoice(): Promise<LanguageChoice> {
  return parseLanguageChoice((await db().settings.get(LANGUAGE_SETTING))?.value);
}

/** Saves the choice; refuses (throws the zod error) and stores nothing when it is not one. */
export async function saveLanguageChoice(choice: LanguageChoice): Promise<void> {
  await db().settings.put({ key: LANGUAGE_SETTING, value: LanguageChoiceSchema.parse(choice) });
}

/**
 * Reads the choice and makes its language the one t() speaks ("auto": the browser's,
 * see browserLanguages; `uiLanguage` is browser.i18n.getUILanguage()). A database that
 * cannot be read leaves the browser's language: words in some language are better
 * than no page.
 */
export async function loadChosenLanguage(uiLanguage: string | undefined): Promise<Language> {
  const choice = await readLanguageChoice().catch(() => 'auto' as const);
  const chosen = pickLanguage(choice, browserLanguages(uiLanguage));
  if (chosen !== language()) await useLanguage(chosen);
  return chosen;
}

/**
 * Follows a change of the choice made in any context (the settings screen of one
 * panel, the worker, another window): Dexie tells every context of the extension.
 */
export function followLanguageChoice(uiLanguage: string | undefined, changed?: (language: Language) => void): void {
  Dexie.on.storagemutated.subscribe((parts) => {
    if (!Object.keys(parts).some((part) => part.includes('/settings/'))) return;
    const before = language();
    loadChosenLanguage(uiLanguage)
      .then((now) => {
        if (now !== before) changed?.(now);
      })
      .catch(console.error);
  });
}
