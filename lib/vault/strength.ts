/**
 * Advice on a new passphrase, in plain words. Not a scoring science: the lock's
 * strength is the passphrase's length and unpredictability, so it asks for length
 * and steers toward several unrelated words, which people remember.
 */
import { t } from '../i18n';

export const MIN_LENGTH = 10;

export interface Advice {
  /** Long enough to be accepted. */
  ok: boolean;
  message: string;
}

const common = ['password', 'passphrase', '123456', 'qwerty', 'letmein', 'iloveyou', 'welcome', 'estate'];

export function passphraseAdvice(passphrase: string): Advice {
  const text = passphrase.normalize('NFC');
  const length = [...text].length;
  const words = text
    .trim()
    .split(/\s+/)
    .filter((w) => w.length >= 3).length;
  if (length === 0) return { ok: false, message: t('lock.adviceChoose') };
  if (length < MIN_LENGTH) return { ok: false, message: t('lock.adviceTooShort', { count: MIN_LENGTH }) };
  if (common.some((c) => text.toLowerCase().includes(c)) || /^(.)\1+$/.test(text)) return { ok: true, message: t('lock.adviceCommon') };
  if (words >= 4 || length >= 20) return { ok: true, message: t('lock.adviceStrong') };
  return { ok: true, message: t('lock.adviceAcceptable') };
}
