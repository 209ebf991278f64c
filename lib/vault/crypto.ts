/**
 * The vault lock's cryptography. The plan of the whole lock:
 *
 * - Passphrase -> key-encryption key (KEK): PBKDF2-HMAC-SHA256, 600,000 iterations
 *   (OWASP's figure for 2023 onwards), a random 16-byte salt, through WebCrypto.
 * - Vault key: 32 random bytes, made once when the lock is turned on, stored only
 *   wrapped by the KEK (AES-256-GCM). Changing the passphrase re-wraps this key;
 *   no record is touched. Unlocked, the raw vault key lives in memory and in
 *   browser.storage.session (memory only, cleared when the browser closes).
 * - Fields (names, account numbers, notes, ...): AES-256-GCM under the vault key, one
 *   random 12-byte IV per write, the table and the record's id as additional data (a
 *   sealed value moved to another record does not open). This runs synchronously
 *   (@noble/ciphers, audited): the field layer sits inside Dexie transactions, and
 *   awaiting WebCrypto there would let IndexedDB commit the transaction early.
 * - Files (documents, page captures): a random 32-byte key per file, the bytes
 *   AES-256-GCM under it through WebCrypto (native speed, off the page's thread),
 *   the file key wrapped by the vault key and stored beside the file, in the same
 *   row. Deleting the row deletes the file's key: leftovers of its bytes on disk
 *   cannot be read any more.
 *
 * Every sealed value is IV (12 bytes) || ciphertext || tag (16 bytes). A wrong key,
 * a wrong passphrase or a changed byte fails the tag check: nothing is ever returned
 * from a ciphertext that does not authenticate.
 */
import { gcm } from '@noble/ciphers/aes.js';

export const PBKDF2_ITERATIONS = 600_000;
export const KEY_BYTES = 32;
export const SALT_BYTES = 16;
export const IV_BYTES = 12;
export const TAG_BYTES = 16;

/** A sealed value did not authenticate: wrong key, or changed since it was written. */
export class SealError extends Error {
  override name = 'SealError';
}

const encoder = new TextEncoder();

export function utf8(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text);
}

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(length);
  // getRandomValues fills at most 65,536 bytes per call.
  for (let at = 0; at < length; at += 65_536) crypto.getRandomValues(out.subarray(at, Math.min(length, at + 65_536)));
  return out;
}

/** The same passphrase gives the same key whichever way its accented letters were typed (Unicode NFC). */
export function passphraseBytes(passphrase: string): Uint8Array<ArrayBuffer> {
  return utf8(passphrase.normalize('NFC'));
}

/** PBKDF2-HMAC-SHA256 (RFC 8018) through WebCrypto. */
export async function pbkdf2Sha256(
  password: Uint8Array<ArrayBuffer>,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
  length: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const base = await crypto.subtle.importKey('raw', password, 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, base, length * 8);
  return new Uint8Array(bits);
}

/** The key-encryption key of a passphrase. */
export function deriveKek(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations = PBKDF2_ITERATIONS,
): Promise<Uint8Array<ArrayBuffer>> {
  return pbkdf2Sha256(passphraseBytes(passphrase), salt, iterations, KEY_BYTES);
}

// Synchronous AES-GCM ------------------------------------------------------------

/** AES-GCM with a given IV: ciphertext || tag. Exposed for the known-answer tests. */
export function aesGcmEncrypt(key: Uint8Array, iv: Uint8Array, plaintext: Uint8Array, aad?: Uint8Array): Uint8Array {
  return gcm(key, iv, aad).encrypt(plaintext);
}

export function aesGcmDecrypt(key: Uint8Array, iv: Uint8Array, ciphertext: Uint8Array, aad?: Uint8Array): Uint8Array {
  try {
    return gcm(key, iv, aad).decrypt(ciphertext);
  } catch {
    throw new SealError('This could not be opened: the key is wrong, or it was changed.');
  }
}

/** Encrypts with a fresh random IV: IV || ciphertext || tag. */
export function seal(key: Uint8Array, plaintext: Uint8Array, aad: Uint8Array): Uint8Array<ArrayBuffer> {
  const iv = randomBytes(IV_BYTES);
  const body = aesGcmEncrypt(key, iv, plaintext, aad);
  const out = new Uint8Array(IV_BYTES + body.length);
  out.set(iv);
  out.set(body, IV_BYTES);
  return out;
}

/** Opens what seal() made, with the same key and additional data; throws SealError otherwise. */
export function open(key: Uint8Array, sealed: Uint8Array, aad: Uint8Array): Uint8Array {
  if (!(sealed instanceof Uint8Array) || sealed.length < IV_BYTES + TAG_BYTES) throw new SealError('This sealed value is damaged.');
  return aesGcmDecrypt(key, sealed.subarray(0, IV_BYTES), sealed.subarray(IV_BYTES), aad);
}

// Asynchronous AES-GCM (WebCrypto), for file bytes --------------------------------

async function gcmKey(key: Uint8Array<ArrayBuffer>, use: KeyUsage): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', key, 'AES-GCM', false, [use]);
}

/** WebCrypto AES-GCM with a given IV (ciphertext || tag). Exposed for the known-answer tests. */
export async function aesGcmEncryptAsync(
  key: Uint8Array<ArrayBuffer>,
  iv: Uint8Array<ArrayBuffer>,
  plaintext: Uint8Array<ArrayBuffer>,
  aad?: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  const params: AesGcmParams = aad ? { name: 'AES-GCM', iv, additionalData: aad } : { name: 'AES-GCM', iv };
  return new Uint8Array(await crypto.subtle.encrypt(params, await gcmKey(key, 'encrypt'), plaintext));
}

/** seal() for large byte arrays, through WebCrypto. */
export async function sealBytes(
  key: Uint8Array<ArrayBuffer>,
  plaintext: Uint8Array<ArrayBuffer>,
  aad: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  const iv = randomBytes(IV_BYTES);
  const body = await aesGcmEncryptAsync(key, iv, plaintext, aad);
  const out = new Uint8Array(IV_BYTES + body.length);
  out.set(iv);
  out.set(body, IV_BYTES);
  return out;
}

/** open() for large byte arrays, through WebCrypto; throws SealError when the bytes do not authenticate. */
export async function openBytes(
  key: Uint8Array<ArrayBuffer>,
  sealed: Uint8Array<ArrayBuffer>,
  aad: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  if (sealed.length < IV_BYTES + TAG_BYTES) throw new SealError('This file is damaged.');
  return openBytesWith(await openingKey(key), sealed, aad);
}

/**
 * A key as a WebCrypto key that only decrypts, whose bytes cannot be read back: what
 * a worker is given to open a file where it is hashed (a CryptoKey can be posted to
 * a worker; the vault key and the file's raw key stay on the page).
 */
export function openingKey(key: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return gcmKey(key, 'decrypt');
}

/** openBytes() with a key made by openingKey(). */
export async function openBytesWith(
  key: CryptoKey,
  sealed: Uint8Array<ArrayBuffer>,
  aad: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  if (sealed.length < IV_BYTES + TAG_BYTES) throw new SealError('This file is damaged.');
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: sealed.subarray(0, IV_BYTES), additionalData: aad },
      key,
      sealed.subarray(IV_BYTES),
    );
    return new Uint8Array(plain);
  } catch {
    throw new SealError('This file could not be opened: the key is wrong, or the file was changed.');
  }
}

// Keys -----------------------------------------------------------------------------

export function newKey(): Uint8Array<ArrayBuffer> {
  return randomBytes(KEY_BYTES);
}

/** A key wrapped by another (AES-GCM, with what it is for as additional data). */
export function wrapKey(wrapping: Uint8Array, key: Uint8Array, purpose: string): Uint8Array<ArrayBuffer> {
  return seal(wrapping, key, utf8(purpose));
}

export function unwrapKey(wrapping: Uint8Array, wrapped: Uint8Array, purpose: string): Uint8Array<ArrayBuffer> {
  const key = open(wrapping, wrapped, utf8(purpose));
  if (key.length !== KEY_BYTES) throw new SealError('This key is damaged.');
  return new Uint8Array(key);
}

// Text forms, for storage.session and the settings row ----------------------------------

export function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const raw = atob(text);
  const out = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
  return out;
}
