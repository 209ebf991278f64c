/**
 * How good a passphrase for a protected bundle is, in words. A protected bundle is a
 * WinZip AES ZIP, whose key is derived with only 1,000 rounds of PBKDF2-SHA1 (the
 * format fixes it, so 7-Zip can open it): someone who has the file can try millions of
 * guesses a second, so length matters more than symbols. This is a hint, not a
 * guarantee; only "too short" stops the export.
 */
import { t } from '../i18n';

export const MIN_PASSPHRASE_LENGTH = 8;

export type PassphraseStrength = 'too-short' | 'weak' | 'fair' | 'strong';

export interface PassphraseAdvice {
  strength: PassphraseStrength;
  /** One sentence for the person typing it. */
  message: string;
}

/** Passwords people pick first; a passphrase made of one of these is weak however it is dressed up. */
const common = [
  'password',
  'passw0rd',
  'qwerty',
  'azerty',
  'letmein',
  'iloveyou',
  'welcome',
  'admin',
  'abc123',
  'monkey',
  'dragon',
  'sunshine',
  'princess',
  'football',
  'baseball',
  'trustno1',
];

/** Distinct kinds of characters: lowercase, uppercase, digits, others. */
function kinds(p: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(p)).length;
}

/** Made of one short piece repeated (aaaaaaaa, abcabcabc), or a plain run (12345678, abcdefgh). */
function repetitive(p: string): boolean {
  if (/^(.{1,3})\1+$/.test(p)) return true;
  const codes = [...p].map((c) => c.codePointAt(0)!);
  const steps = new Set(codes.slice(1).map((c, i) => c - codes[i]!));
  return steps.size === 1 && Math.abs([...steps][0]!) === 1;
}

/** The strength of a passphrase and one sentence on how to do better. */
export function passphraseAdvice(passphrase: string): PassphraseAdvice {
  const p = passphrase.trim();
  const example = t('copies.adviceExample');
  const length = [...p].length;
  if (length < MIN_PASSPHRASE_LENGTH)
    return { strength: 'too-short', message: t('copies.adviceTooShort', { count: MIN_PASSPHRASE_LENGTH, example }) };
  const bare = p.toLowerCase().replace(/[^a-z]/g, '');
  const words = p.split(/[\s\-_.,;:+/]+/).filter((w) => w.length >= 3);
  if (repetitive(p) || common.some((c) => bare === c || bare.startsWith(c)) || /^[0-9]+$/.test(p))
    return { strength: 'weak', message: t('copies.adviceWeakQuick', { example }) };
  if (length >= 20 || (words.length >= 4 && length >= 16)) return { strength: 'strong', message: t('copies.adviceStrong') };
  if (length >= 14 || (length >= 10 && kinds(p) >= 3)) return { strength: 'fair', message: t('copies.adviceFair', { example }) };
  return { strength: 'weak', message: t('copies.adviceWeak', { example }) };
}
