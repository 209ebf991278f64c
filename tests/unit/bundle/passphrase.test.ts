import { describe, expect, it } from 'vitest';
import { passphraseAdvice } from '../../../lib/bundle/passphrase';

const strength = (p: string) => passphraseAdvice(p).strength;

describe('the hint on a passphrase for a protected bundle', () => {
  it('calls anything under 8 characters too short (spaces around it do not count)', () => {
    expect(passphraseAdvice('Ab1!xyz')).toEqual({
      strength: 'too-short',
      message: 'Too short: use at least 8 characters; best is four or more unrelated words, like "maple river tuesday lantern".',
    });
    expect(strength('   abcdefg   ')).toBe('too-short');
    expect(strength('')).toBe('too-short');
  });

  it('calls common passwords, runs, repeats and plain numbers weak, however long', () => {
    for (const p of [
      'password',
      'Password123!',
      'qwertyuiop',
      'iloveyou2026',
      '12345678',
      '87654321',
      'abcdefghijklmnopqrstu',
      'aaaaaaaaaaaaaaaaaaaaaaaa',
      'abcabcabcabc',
      '2026031219450101',
    ])
      expect(strength(p), p).toBe('weak');
  });

  it('calls short mixes fair at best, and long passphrases or four words strong', () => {
    expect(strength('bobmiller')).toBe('weak');
    expect(strength('Bob-1952!x')).toBe('fair');
    expect(strength('grandpa bob garden')).toBe('fair');
    expect(strength('maple river tuesday lantern')).toBe('strong');
    expect(strength('cold-tea-blue-door')).toBe('strong');
    expect(passphraseAdvice('the long one with many letters').message).toBe(
      'Strong. Tell it by phone or in person, and keep a copy somewhere safe.',
    );
  });
});
