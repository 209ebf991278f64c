import { defineConfig } from '@playwright/test';

// End-to-end tests in Firefox (Debian's firefox-esr), driven over WebDriver BiDi by puppeteer-core:
// the built extension (.output/firefox-mv3) is installed with webExtension.install. Playwright is only
// the test runner here (its own Firefox cannot be downloaded on this machine).
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  timeout: 180_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '../../reports/e2e-firefox.json' }]],
  outputDir: '../../test-results/firefox',
});
