/**
 * `npm run bench sealed`: a large export with the vault lock on. Every stored file is
 * sealed, so the export opens (decrypts) each one before it goes into the ZIP; the
 * question is whether a bundle of 500 MB (100 files of 5 MB, as bundle.bench) still
 * comes out whole, and how much memory the panel takes meanwhile.
 * The downloaded ZIP is then checked by tools this project did not write: `unzip -t`
 * (every entry's CRC-32) and sha256sum / sha512sum -c over the unpacked bag (every
 * file against both manifests), and the count of evidence files.
 * Memory: the page's JS heap (CDP) and the resident memory of all the profile's
 * processes (from /proc: decrypted bytes live outside the JS heap, in ArrayBuffers
 * and the browser's blob store), sampled during the export.
 * Targets: the export completes and checks; peak JS heap growth < 100 MB; resident
 * memory growth < 200 MB (before the ZIP was written as a stream, it grew by the
 * bundle's whole size: +533 MB and +615 MB in two runs).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Download } from '@playwright/test';
import { launchWithExtension, openPanel } from '../e2e/fixtures';
import { measure, seedEvidence } from './bundle.bench';
import { turnOnLock } from './lock.bench';
import { report, verdict } from './stats';

const FILES = Number(process.env.SEALED_BENCH_FILES ?? 100);
const FILE_MB = 5;
const MB = 1024 * 1024;

/** Resident memory of every process of the profile (browser, renderers, GPU...), in MB, from /proc, in all and by the process's kind. */
function profileRssMB(profile: string): { all: number; byKind: Map<string, number> } {
  const byKind = new Map<string, number>();
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmdline.includes(profile)) continue;
      const kind = /--type=([a-z-]+)/.exec(cmdline)?.[1] ?? 'browser';
      const mb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
      byKind.set(kind, (byKind.get(kind) ?? 0) + mb);
    } catch {
      // the process ended meanwhile
    }
  }
  return { all: [...byKind.values()].reduce((n, mb) => n + mb, 0), byKind };
}

const sh = (cmd: string, args: string[], cwd?: string) => execFileSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 64 * MB });

export async function run(): Promise<boolean> {
  const work = mkdtempSync(path.join(tmpdir(), 'sealed-bench-'));
  try {
    const a = await launchWithExtension(path.join(work, 'a'));
    const first = await openPanel(a.context, a.extensionId);
    await first.getByRole('heading', { name: "Let's start with the person who died" }).waitFor();
    await seedEvidence(first, FILES, FILE_MB * MB);
    await first.close();
    const sealStart = performance.now();
    await turnOnLock(a.context, a.extensionId);
    const sealSeconds = (performance.now() - sealStart) / 1000;

    const panel = await openPanel(a.context, a.extensionId);
    await panel.getByRole('button', { name: 'Copies' }).click();
    const cdp = await a.context.newCDPSession(panel);
    await cdp.send('Performance.enable');
    let download: Download | undefined;
    let outcome = '';
    const profile = path.join(work, 'a');
    const before = profileRssMB(profile);
    const rssBefore = before.all;
    let rssPeak = rssBefore;
    // Each kind of process at its own peak: which one holds the memory.
    const kindPeak = new Map(before.byKind);
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const now = profileRssMB(profile);
        rssPeak = Math.max(rssPeak, now.all);
        for (const [kind, mb] of now.byKind) kindPeak.set(kind, Math.max(kindPeak.get(kind) ?? 0, mb));
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    const m = await measure(cdp, async () => {
      try {
        [download] = await Promise.all([
          panel.waitForEvent('download', { timeout: 900_000 }),
          panel.getByRole('button', { name: 'Save a copy anyone can check' }).click(),
        ]);
        const failure = await download.failure();
        outcome = failure ? `the download failed: ${failure}` : '';
      } catch (e) {
        outcome = `no download; the panel says: ${(await panel.locator('main').textContent())?.slice(0, 400)} (${(e as Error).message.split('\n')[0]})`;
      }
    });
    sampling = false;
    await sampler;
    const zipPath = path.join(work, 'sealed.zip');
    let checks = '';
    if (!outcome && download) {
      await download.saveAs(zipPath);
      try {
        sh('unzip', ['-tq', zipPath]);
        const out = path.join(work, 'unzipped');
        sh('unzip', ['-q', zipPath, '-d', out]);
        const bag = path.join(out, sh('ls', [out]).trim());
        const ok256 = sh('sha256sum', ['-c', '--strict', '--quiet', 'manifest-sha256.txt'], bag);
        const ok512 = sh('sha512sum', ['-c', '--strict', '--quiet', 'manifest-sha512.txt'], bag);
        // The seeded files, beside the case's own few (bundle.bench's "Statement page N").
        const evidence = sh('grep', ['-c', '-e', '-statement-page-', 'manifest-sha512.txt'], bag).trim();
        if (ok256 || ok512) outcome = `checksums wrong: ${ok256}${ok512}`;
        else if (Number(evidence) !== FILES) outcome = `${evidence} evidence files in the bag, not ${FILES}`;
        else checks = `unzip -t, sha256sum -c and sha512sum -c all OK; the ${evidence} seeded files among them`;
      } catch (e) {
        outcome = `the ZIP does not check: ${(e as Error).message.slice(0, 400)}`;
      }
    }
    await a.context.close();

    const size = outcome ? 0 : statSync(zipPath).size / MB;
    report([
      ['evidence, sealed (vault lock on)', `${FILES} files x ${FILE_MB} MB = ${FILES * FILE_MB} MB`],
      ['turning the lock on (sealing every file)', `${sealSeconds.toFixed(1)} s`],
      ['export with the lock on, to the completed download', `${m.seconds.toFixed(2)} s`],
      ['result', outcome || `${size.toFixed(0)} MB ZIP; ${checks}`],
      ['peak JS heap growth, export', `${m.heapMB.toFixed(1)} MB`],
      [
        "the browser's processes, resident memory",
        `${rssBefore.toFixed(0)} MB before, ${rssPeak.toFixed(0)} MB at the peak (+${(rssPeak - rssBefore).toFixed(0)} MB)`,
      ],
      [
        '  each kind at its own peak',
        [...kindPeak].map(([kind, mb]) => `${kind} +${(mb - (before.byKind.get(kind) ?? 0)).toFixed(0)} MB`).join(', '),
      ],
    ]);
    const ok = [
      verdict('a 500 MB export with the lock on completes, and unzip and sha256sum/sha512sum find it whole', !outcome),
      verdict('heap growth < 100 MB during the sealed export', m.heapMB < 100),
      // Bounded: the files being hashed and the stream's buffers, not the bundle (500 MB).
      verdict('resident memory growth < 200 MB during the sealed export', rssPeak - rssBefore < 200),
    ];
    return ok.every(Boolean);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
