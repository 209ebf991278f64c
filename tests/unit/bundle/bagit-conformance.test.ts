/**
 * The Library of Congress conformance bags, zipped here: every invalid/ and
 * linux-only/ bag is refused; every valid/ bag passes its checksums (the browser's
 * WebCrypto has no MD5 or SHA-224, so bags that use only those are refused for that
 * reason alone; with Node's hashes, which have them, every valid bag passes).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { validateBag } from '../../../lib/bundle/bagit';
import { inspectBundle } from '../../../lib/bundle/import';
import { readZip } from '../../../lib/bundle/zip';
import { type Digester, webCrypto } from '../../../lib/checksums/hash';

const corpus = path.resolve('../shared/bagit-conformance');

function bagsIn(group: string): string[] {
  return ['v1.0', 'v0.97'].flatMap((v) => {
    const dir = path.join(corpus, v, group);
    try {
      return readdirSync(dir).map((b) => path.join(dir, b));
    } catch {
      return [];
    }
  });
}

function zipBag(dir: string): Blob {
  const files: Record<string, Uint8Array> = {};
  const walk = (d: string, rel: string) => {
    for (const name of readdirSync(d)) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full, `${rel}${name}/`);
      else files[`${rel}${name}`] = readFileSync(full);
    }
  };
  walk(dir, `${path.basename(dir)}/`);
  return new Blob([zipSync(files, { level: 6 })]);
}

const nodeHashes: Digester = {
  supports: (alg) => ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'].includes(alg),
  digest: async (alg, bytes) => createHash(alg).update(bytes).digest('hex'),
};

async function check(dir: string, digester: Digester): Promise<string> {
  const zip = zipBag(dir);
  try {
    await validateBag(zip, await readZip(zip), digester);
    return 'ok';
  } catch (e) {
    expect((e as Error).name).toBe('Refusal');
    return (e as Error).message;
  }
}

describe('BagIt conformance corpus', () => {
  it('finds the corpus', () => {
    expect(bagsIn('valid').length).toBeGreaterThanOrEqual(10);
    expect(bagsIn('invalid').length).toBeGreaterThanOrEqual(10);
  });

  for (const dir of [...bagsIn('invalid'), ...bagsIn('linux-only')]) {
    it(`refuses ${path.relative(corpus, dir)}`, async () => {
      const withNode = await check(dir, nodeHashes);
      expect(withNode).not.toBe('ok');
      const inBrowser = await check(dir, webCrypto);
      expect(inBrowser).not.toBe('ok');
    });
  }

  for (const dir of bagsIn('valid')) {
    it(`accepts the checksums of ${path.relative(corpus, dir)}`, async () => {
      expect(await check(dir, nodeHashes)).toBe('ok');
      // The importer then refuses it for the one reason left: it holds no case.
      await expect(inspectBundle(zipBag(dir), { digester: nodeHashes })).rejects.toThrow(
        /Every file of this copy is as it was made, but it is not a record made by this extension/,
      );
      const inBrowser = await check(dir, webCrypto);
      if (inBrowser !== 'ok')
        expect(inBrowser).toMatch(/can be checked only with (MD5|SHA-224)(, (MD5|SHA-224))*, which this extension cannot use/);
    });
  }
});
