// Prints one closing line for the whole test run ("tests: N passed, N failed"),
// summed from the unit (vitest) and end-to-end (Playwright: Chromium, Firefox) JSON reports.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
const unit = 'reports/unit.json';
const e2eReports = ['reports/e2e.json', 'reports/e2e-firefox.json'];
if (existsSync(unit)) {
  const r = JSON.parse(readFileSync(unit, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + (r.numTodoTests ?? 0);
}
for (const e2e of e2eReports) {
  if (!existsSync(e2e)) continue;
  const s = JSON.parse(readFileSync(e2e, 'utf8')).stats;
  passed += s.expected + s.flaky;
  failed += s.unexpected;
  skipped += s.skipped;
}
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
