import { describe, expect, it } from 'vitest';
import {
  aesGcmDecrypt,
  aesGcmEncrypt,
  aesGcmEncryptAsync,
  deriveKek,
  fromBase64,
  newKey,
  open,
  openBytes,
  PBKDF2_ITERATIONS,
  passphraseBytes,
  pbkdf2Sha256,
  randomBytes,
  SealError,
  seal,
  sealBytes,
  toBase64,
  unwrapKey,
  utf8,
  wrapKey,
} from '../../../lib/vault/crypto';

const hex = (s: string) => Uint8Array.from(s.replace(/\s+/g, '').match(/../g) ?? [], (b) => Number.parseInt(b, 16));
const toHex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');

describe('PBKDF2-HMAC-SHA256: known answers of RFC 7914, section 11', () => {
  it('P="passwd", S="salt", c=1, dkLen=64', async () => {
    expect(toHex(await pbkdf2Sha256(utf8('passwd'), utf8('salt'), 1, 64))).toBe(
      '55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783',
    );
  });
  it('P="Password", S="NaCl", c=80000, dkLen=64', async () => {
    expect(toHex(await pbkdf2Sha256(utf8('Password'), utf8('NaCl'), 80000, 64))).toBe(
      '4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d',
    );
  });
  it('uses at least 600,000 iterations for the passphrase', () => {
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
  });
  it('derives the same key from a passphrase however its accents were typed (NFC)', async () => {
    const salt = randomBytes(16);
    expect(toHex(passphraseBytes('Zoe\u0301'))).toBe(toHex(passphraseBytes('Zo\u00e9')));
    expect(toHex(await deriveKek('Zoe\u0301 garden', salt, 1000))).toBe(toHex(await deriveKek('Zo\u00e9 garden', salt, 1000)));
  });
});

/** AES-256 cases of McGrew and Viega, "The Galois/Counter Mode of Operation (GCM)", test cases 13, 14 and 16. */
const gcmVectors = [
  {
    name: 'test case 13 (empty plaintext)',
    key: '00'.repeat(32),
    iv: '00'.repeat(12),
    p: '',
    a: '',
    c: '',
    t: '530f8afbc74536b9a963b4f1c4cb738b',
  },
  {
    name: 'test case 14 (one zero block)',
    key: '00'.repeat(32),
    iv: '00'.repeat(12),
    p: '00'.repeat(16),
    a: '',
    c: 'cea7403d4d606b6e074ec5d3baf39d18',
    t: 'd0d1c8a799996bf0265b98b5d48ab919',
  },
  {
    name: 'test case 16 (additional data, partial block)',
    key: 'feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308',
    iv: 'cafebabefacedbaddecaf888',
    p: 'd9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39',
    a: 'feedfacedeadbeeffeedfacedeadbeefabaddad2',
    c: '522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662',
    t: '76fc6ece0f4e1768cddf8853bb2d551b',
  },
];

describe('AES-256-GCM: known answers', () => {
  for (const v of gcmVectors) {
    it(`fields (synchronous): ${v.name}`, () => {
      const out = aesGcmEncrypt(hex(v.key), hex(v.iv), hex(v.p), v.a ? hex(v.a) : undefined);
      expect(toHex(out)).toBe(v.c + v.t);
      expect(toHex(aesGcmDecrypt(hex(v.key), hex(v.iv), out, v.a ? hex(v.a) : undefined))).toBe(v.p);
    });
    it(`files (WebCrypto): ${v.name}`, async () => {
      const out = await aesGcmEncryptAsync(hex(v.key), hex(v.iv), hex(v.p), v.a ? hex(v.a) : undefined);
      expect(toHex(out)).toBe(v.c + v.t);
    });
  }
});

describe('sealing', () => {
  const key = newKey();
  const aad = utf8('estate:contacts:c-1');

  it('opens what it sealed, with a fresh IV each time', () => {
    const a = seal(key, utf8('Called about the final bill'), aad);
    const b = seal(key, utf8('Called about the final bill'), aad);
    expect(toHex(a)).not.toBe(toHex(b));
    expect(new TextDecoder().decode(open(key, a, aad))).toBe('Called about the final bill');
  });

  it('refuses a changed byte anywhere: IV, ciphertext or tag', () => {
    const sealed = seal(key, utf8('SSN 078-05-1120'), aad);
    for (const at of [0, 12, sealed.length - 1]) {
      const tampered = sealed.slice();
      tampered[at]! ^= 1;
      expect(() => open(key, tampered, aad)).toThrow(SealError);
    }
  });

  it('refuses another key, and a value moved to another record (additional data)', () => {
    const sealed = seal(key, utf8('Robert Miller'), aad);
    expect(() => open(newKey(), sealed, aad)).toThrow(SealError);
    expect(() => open(key, sealed, utf8('estate:contacts:c-2'))).toThrow(SealError);
  });

  it('refuses a truncated value', () => {
    expect(() => open(key, new Uint8Array(10), aad)).toThrow(SealError);
  });

  it('seals and opens file bytes through WebCrypto, refusing a changed byte', async () => {
    const bytes = randomBytes(100_000);
    const sealed = await sealBytes(key, bytes, aad);
    expect(toHex(await openBytes(key, sealed, aad))).toBe(toHex(bytes));
    sealed[5_000]! ^= 0x80;
    await expect(openBytes(key, sealed, aad)).rejects.toThrow(SealError);
  });

  it('the synchronous and WebCrypto forms are the same AES-GCM: one opens what the other sealed', async () => {
    const bytes = randomBytes(1000);
    expect(toHex(open(key, await sealBytes(key, bytes, aad), aad))).toBe(toHex(bytes));
    expect(toHex(await openBytes(key, seal(key, bytes, aad), aad))).toBe(toHex(bytes));
  });
});

describe('keys', () => {
  it('a wrapped key opens only with the wrapping key and for the same purpose', () => {
    const kek = newKey();
    const vaultKey = newKey();
    const wrapped = wrapKey(kek, vaultKey, 'vault-key');
    expect(toHex(unwrapKey(kek, wrapped, 'vault-key'))).toBe(toHex(vaultKey));
    expect(() => unwrapKey(newKey(), wrapped, 'vault-key')).toThrow(SealError);
    expect(() => unwrapKey(kek, wrapped, 'file-key:b-1')).toThrow(SealError);
  });

  it('a wrong passphrase does not unwrap the vault key', async () => {
    const salt = randomBytes(16);
    const vaultKey = newKey();
    const wrapped = wrapKey(await deriveKek('blue heron morning tide', salt, 1000), vaultKey, 'vault-key');
    const wrong = await deriveKek('blue heron morning tid', salt, 1000);
    expect(() => unwrapKey(wrong, wrapped, 'vault-key')).toThrow(SealError);
    const right = await deriveKek('blue heron morning tide', salt, 1000);
    expect(toHex(unwrapKey(right, wrapped, 'vault-key'))).toBe(toHex(vaultKey));
  });

  it('base64 round trip', () => {
    const bytes = randomBytes(70_000);
    expect(toHex(fromBase64(toBase64(bytes)))).toBe(toHex(bytes));
  });
});
