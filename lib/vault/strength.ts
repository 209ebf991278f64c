/**
 * The one passphrase rule, for the vault lock and for a protected copy alike: the same
 * minimum, the same judgement of how strong a passphrase is, in plain words. Not a scoring
 * science: strength is length and unpredictability, so it asks for length and steers toward
 * several unrelated words, which people remember. A protected copy is a WinZip AES ZIP whose
 * key comes from only 1,000 rounds of PBKDF2-SHA1 (the format fixes it, so 7-Zip can open
 * it): whoever has the file can try millions of guesses a second, so the minimum is the
 * stronger of the two rules this replaced (10, not 8). Only "too short" stops anything.
 */
import { t } from '../i18n';

export const MIN_PASSPHRASE_LENGTH = 10;

export type PassphraseStrength = 'too-short' | 'weak' | 'fair' | 'strong';

/** What the passphrase is for: the lock on this computer, or a copy given to someone. */
export type PassphraseUse = 'lock' | 'copy';

export interface PassphraseAdvice {
  strength: PassphraseStrength;
  /** Long enough to be accepted. */
  ok: boolean;
  /** One sentence for the person typing it. */
  message: string;
}

/** Passwords people pick first; a passphrase made of one of these is weak however it is dressed up. */
const common = [
  'password',
  'passw0rd',
  'passphrase',
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
  'estate',
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

/** Its length as a person counts it: spaces around it do not count. */
export function passphraseLength(passphrase: string): number {
  return [...passphrase.normalize('NFC').trim()].length;
}

/** The strength of a passphrase, and one sentence on how to do better. */
export function passphraseAdvice(passphrase: string, use: PassphraseUse): PassphraseAdvice {
  const p = passphrase.normalize('NFC').trim();
  const example = t('copies.adviceExample');
  const length = passphraseLength(p);
  const advice = (strength: PassphraseStrength, message: string) => ({ strength, ok: strength !== 'too-short', message });
  if (length < MIN_PASSPHRASE_LENGTH) return advice('too-short', t('copies.adviceTooShort', { count: MIN_PASSPHRASE_LENGTH, example }));
  const bare = p.toLowerCase().replace(/[^a-z]/g, '');
  const words = p.split(/[\s\-_.,;:+/]+/).filter((w) => w.length >= 3);
  if (repetitive(p) || common.some((c) => bare === c || bare.startsWith(c)) || /^[0-9]+$/.test(p))
    return advice('weak', t('copies.adviceWeakQuick', { example }));
  if (length >= 20 || (words.length >= 4 && length >= 16))
    return advice('strong', use === 'lock' ? t('lock.adviceStrong') : t('copies.adviceStrong'));
  if (length >= 14 || kinds(p) >= 3) return advice('fair', t('copies.adviceFair', { example }));
  return advice('weak', t('copies.adviceWeak', { example }));
}
