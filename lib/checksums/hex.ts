/**
 * Checksums as lowercase hex, the form BagIt manifests use, through WebCrypto:
 * the SHA-256 the vault keeps for each stored file, and every checksum of a
 * bundle (lib/checksums/hash.ts computes them with this, in its worker).
 */
const webCryptoNames: Record<string, string> = { sha1: 'SHA-1', sha256: 'SHA-256', sha384: 'SHA-384', sha512: 'SHA-512' };

/** True for the BagIt algorithm names WebCrypto computes (MD5 and SHA-224 are not among them). */
export function canDigest(alg: string): boolean {
  return alg in webCryptoNames;
}

function toHex(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += bytes[i]!.toString(16).padStart(2, '0');
  return out;
}

/** The checksum of the data with a BagIt algorithm name (sha256, sha512, ...), as lowercase hex. */
export async function digestHex(alg: string, data: Blob | ArrayBuffer | Uint8Array): Promise<string> {
  const name = webCryptoNames[alg];
  if (!name) throw new Error(`No ${alg} here.`);
  const bytes = data instanceof Blob ? await data.arrayBuffer() : data;
  return toHex(await crypto.subtle.digest(name, bytes as BufferSource));
}

/** SHA-256 of stored files, as lowercase hex (what BagIt manifests use). */
export function sha256Hex(data: Blob | ArrayBuffer | Uint8Array): Promise<string> {
  return digestHex('sha256', data);
}
