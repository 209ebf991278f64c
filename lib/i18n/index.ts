/**
 * The words the user reads, in English or Spanish.
 *
 * Messages live in JSON files, one per area and language (lib/i18n/en/common.json,
 * lib/i18n/es/common.json), and are asked for by area and name: t('common.save').
 * A message is a string with {placeholders}, or its plural forms ({ "one": "…",
 * "other": "…" }) chosen by the number in {count} with the language's own rules.
 *
 * English is built in and is the fallback; another language is loaded once, before
 * the first render (useLanguage). This folder imports no other part of lib/.
 */
import { en } from './en';

/** Every message of the extension, by area: English is the reference every language must match. */
export type Catalog = typeof en;
type Area = keyof Catalog;
/** 'area.name' of every message: a misspelled key is a type error. */
export type MessageKey = { [A in Area]: `${A}.${Extract<keyof Catalog[A], string>}` }[Area];
/** A message's plural forms, as Intl.PluralRules names them; "other" is always there. */
export type PluralForms = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;
export type Message = string | PluralForms;
export type Params = Record<string, string | number>;

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
/** What the settings store: a language the user chose, or "auto" (the browser's). */
export type LanguageChoice = Language | 'auto';

/** Each language's name in itself, as a chooser shows it. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español' };

/** Other languages load on demand, so a panel in English carries no Spanish. */
const loaders: Record<Exclude<Language, 'en'>, () => Promise<Catalog>> = {
  es: () => import('./es').then((m) => m.es),
};

let current: Language = 'en';
let catalog: Catalog = en;
let plurals = new Intl.PluralRules('en-US');
let numbers = new Intl.NumberFormat('en-US');
/** The catalogs loaded so far: English always. */
const loaded: Partial<Record<Language, Catalog>> = { en };

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/**
 * The language to show: the one the user chose, else the first of the browser's
 * languages we speak ("es-MX" → Spanish), else English.
 */
export function pickLanguage(choice: unknown, browserLanguages: string | readonly (string | undefined)[] | undefined): Language {
  if (isLanguage(choice)) return choice;
  const list = typeof browserLanguages === 'string' ? [browserLanguages] : (browserLanguages ?? []);
  for (const tag of list) {
    const base = (tag ?? '').toLowerCase().split(/[-_]/)[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

/**
 * The browser's languages, most preferred first: the languages the user asked web pages
 * to be in (navigator.languages), then the browser's own interface language.
 *
 * Why navigator's first: it is the list the user orders in the browser's language
 * settings, in Chrome and in Firefox, and it needs nothing installed, while
 * browser.i18n.getUILanguage() is the language of the browser's own menus: it needs
 * the browser's language pack (Debian's Chromium without chromium-l10n, or a Firefox
 * without the Spanish pack, says "en-US" whatever the user asked), and Chromium on
 * Linux takes it from the desktop session, not from --lang (tried: Chromium with
 * --lang=es and Spanish as its page language gives "en-US" there in the worker,
 * "es" in navigator.languages in the panel and the worker alike). A browser
 * installed in Spanish says "es" in both, so the order costs it nothing.
 */
export function browserLanguages(uiLanguage?: string): string[] {
  const nav = (globalThis as { navigator?: { languages?: readonly string[]; language?: string } }).navigator;
  const preferred = nav?.languages?.length ? nav.languages : nav?.language ? [nav.language] : [];
  return [...preferred, ...(uiLanguage ? [uiLanguage] : [])];
}

const listeners = new Set<(language: Language) => void>();

/** Loads a language's messages once, without making it the one t() speaks (a letter in another language than the panel's). */
export async function loadLanguage(language: Language): Promise<void> {
  if (!loaded[language]) loaded[language] = await loaders[language as Exclude<Language, 'en'>]();
}

function speak(language: Language, messages: Catalog): void {
  catalog = messages;
  current = language;
  plurals = new Intl.PluralRules(locale());
  numbers = new Intl.NumberFormat(locale());
}

/** Loads a language's messages (once) and makes it the one t() speaks; tells those who listen. */
export async function useLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  speak(language, loaded[language]!);
  for (const listener of listeners) listener(language);
}

/** Calls `listener` after each useLanguage (formatters made for the old language drop them); returns the way to stop. */
export function onLanguageChange(listener: (language: Language) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Runs `write` with t(), locale() and the formats speaking another (loaded) language,
 * then speaks the panel's again, even if `write` throws. For a document written in a
 * language of its own: a letter or complaint packet in English while the panel is in
 * Spanish, the report a regulator reads. `write` is synchronous, so nothing else can
 * run (and render in the wrong language) meanwhile.
 */
export function inLanguage<T>(language: Language, write: () => T): T {
  const messages = loaded[language];
  if (!messages) throw new Error(`The ${language} messages are not loaded`); // not shown to the user
  const before = { current, catalog, plurals, numbers };
  speak(language, messages);
  try {
    return write();
  } finally {
    ({ current, catalog, plurals, numbers } = before);
  }
}

/** The language t() speaks now. */
export function language(): Language {
  return current;
}

/** The locale for Intl formats (dates, numbers): US English or US Spanish. */
export function locale(): string {
  return current === 'en' ? 'en-US' : `${current}-US`;
}

function lookup(from: Catalog, key: string): Message | undefined {
  const dot = key.indexOf('.');
  const area = (from as Record<string, Record<string, Message> | undefined>)[key.slice(0, dot)];
  return area?.[key.slice(dot + 1)];
}

/** The plural form a number takes in the current language ("other" when the language has no such form). */
export function pluralForm(message: PluralForms, count: number): string {
  return message[plurals.select(count)] ?? message.other;
}

/**
 * A message in the current language, its {placeholders} filled (numbers written the
 * language's way). A message missing from a language falls back to English; an
 * unknown key (impossible in typed code) shows itself, never nothing.
 */
export function t(key: MessageKey, params?: Params): string {
  const message = lookup(catalog, key) ?? lookup(en, key);
  if (message === undefined) return key;
  const count = params?.count;
  const text = typeof message === 'string' ? message : pluralForm(message, typeof count === 'number' ? count : Number.NaN);
  return fill(text, params);
}

/** Fills {name} placeholders; one without a value stays as it is, so a gap shows in tests. */
export function fill(text: string, params?: Params): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numbers.format(value) : value;
  });
}
