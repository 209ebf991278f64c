/**
 * `npm run bench`: runs every tests/bench/*.bench.ts in turn (or the ones named on
 * the command line) and prints their figures. Each bench reports medians and, where
 * the issue asks for one, a ratio against a baseline measured in the same run.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort();

let failed = 0;
for (const file of files) {
  console.log(`\n== ${file}`);
  const mod = (await import(pathToFileURL(path.join(here, file)).href)) as { run: () => Promise<boolean> };
  const metTargets = await mod.run();
  if (!metTargets) failed += 1;
}
console.log(`\n${files.length - failed} benchmarks met their targets, ${failed} did not`);
process.exit(failed ? 1 : 0);
