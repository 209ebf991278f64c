/**
 * Advice on a new passphrase, in plain words. Not a scoring science: the lock's
 * strength is the passphrase's length and unpredictability, so it asks for length
 * and steers toward several unrelated words, which people remember.
 */
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
  if (length === 0) return { ok: false, message: 'Choose a passphrase: four or more unrelated words are strong and easy to remember.' };
  if (length < MIN_LENGTH) return { ok: false, message: `Use at least ${MIN_LENGTH} characters. Four or more unrelated words work well.` };
  if (common.some((c) => text.toLowerCase().includes(c)) || /^(.)\1+$/.test(text))
    return { ok: true, message: 'This contains a very common word or pattern. Unrelated words of your own are harder to guess.' };
  if (words >= 4 || length >= 20) return { ok: true, message: 'Strong. Write it down and keep it somewhere safe at home.' };
  return { ok: true, message: 'Acceptable. Adding another unrelated word or two makes it much stronger.' };
}
