/**
 * Checksums through WebCrypto (native, fast, the same in Chromium and Node). WebCrypto
 * is not incremental, so a file is hashed whole: callers read one file at a time. A
 * streaming hash (for files of several hundred MB) would need a library such as
 * @noble/hashes; see lib/bundle/README in the bundle issue's report.
 */

/** BagIt algorithm names (manifest-<name>.txt) mapped to what the digest function accepts. */
export type Algorithm = 'md5' | 'sha1' | 'sha224' | 'sha256' | 'sha384' | 'sha512';

/** Computes one checksum, lowercase hex; undefined when the algorithm is not available. */
export interface Digester {
  supports(alg: string): boolean;
  digest(alg: string, bytes: Uint8Array): Promise<string>;
}

const webCryptoNames: Record<string, string> = { sha1: 'SHA-1', sha256: 'SHA-256', sha384: 'SHA-384', sha512: 'SHA-512' };

export function toHex(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += bytes[i]!.toString(16).padStart(2, '0');
  return out;
}

/** The browser's own hashes. MD5 and SHA-224 are not in WebCrypto. */
export const webCrypto: Digester = {
  supports: (alg) => alg in webCryptoNames,
  async digest(alg, bytes) {
    const name = webCryptoNames[alg];
    if (!name) throw new Error(`No ${alg} here.`);
    return toHex(await crypto.subtle.digest(name, bytes as Uint8Array<ArrayBuffer>));
  },
};
