import { describe, expect, it } from 'vitest';
import { passphraseAdvice } from '../../../lib/vault/strength';

const strength = (p: string) => passphraseAdvice(p, 'copy').strength;

describe('the one passphrase rule, for the lock and for a protected copy', () => {
  it('calls anything under 10 characters too short, for both (spaces around it do not count)', () => {
    const message = 'Too short: use at least 10 characters; best is four or more unrelated words, like "maple river tuesday lantern".';
    expect(passphraseAdvice('Ab1!xyz9q', 'copy')).toEqual({ strength: 'too-short', ok: false, message });
    expect(passphraseAdvice('Ab1!xyz9q', 'lock')).toEqual({ strength: 'too-short', ok: false, message });
    expect(strength('   abcdefgh   ')).toBe('too-short');
    expect(strength('')).toBe('too-short');
    expect(passphraseAdvice('Ab1!xyz9qr', 'lock').ok).toBe(true);
  });

  it('judges every passphrase the same way for both uses; only what to do with a strong one differs', () => {
    for (const p of ['password123', 'kettle garden', 'Bob-1952!x', 'grandpa bob garden', 'blue heron morning tide']) {
      const lock = passphraseAdvice(p, 'lock');
      const copy = passphraseAdvice(p, 'copy');
      expect(lock.strength, p).toBe(copy.strength);
      expect(lock.ok, p).toBe(copy.ok);
      if (lock.strength !== 'strong') expect(lock.message, p).toBe(copy.message);
    }
    expect(passphraseAdvice('blue heron morning tide', 'lock').message).toBe('Strong. Write it down and keep it somewhere safe at home.');
    expect(passphraseAdvice('blue heron morning tide', 'copy').message).toBe(
      'Strong. Tell it by phone or in person, and keep a copy somewhere safe.',
    );
  });

  it('calls common passwords, runs, repeats and plain numbers weak, however long', () => {
    for (const p of [
      'password12',
      'Password123!',
      'qwertyuiop',
      'iloveyou2026',
      'estate2026!',
      '1234567890',
      '0987654321',
      'abcdefghijklmnopqrstu',
      'aaaaaaaaaaaaaaaaaaaaaaaa',
      'abcabcabcabc',
      '2026031219450101',
    ])
      expect(strength(p), p).toBe('weak');
    expect(passphraseAdvice('password123', 'lock')).toMatchObject({ ok: true, message: expect.stringContaining('guess it quickly') });
  });

  it('calls short mixes fair at best, and long passphrases or four words strong', () => {
    expect(strength('bobmillers')).toBe('weak');
    expect(strength('kettle garden')).toBe('weak');
    expect(strength('Bob-1952!x')).toBe('fair');
    expect(strength('grandpa bob garden')).toBe('fair');
    expect(strength('maple river tuesday lantern')).toBe('strong');
    expect(strength('cold-tea-blue-door')).toBe('strong');
  });
});
