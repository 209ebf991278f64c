import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coverageTable, registry, regulatorTable } from '../../lib/providers';
import { cableTable } from '../../lib/providers/coverage';
import { authorities } from '../../lib/providers/regulators';

describe('README', () => {
  const readme = readFileSync('README.md', 'utf8');
  it('lists every built-in provider in its coverage table', () => {
    const missing = registry.filter((p) => !readme.includes(`| ${p.name} |`)).map((p) => p.name);
    expect(missing).toEqual([]);
  });
  it('holds the coverage table made from the registry, with each provider’s bereavement status', () => {
    // Regenerate with `npm run coverage-table` and paste it into the Coverage section.
    expect(readme).toContain(coverageTable(registry));
    for (const p of registry) {
      const row = readme.split('\n').find((line) => line.startsWith(`| ${p.name} |`));
      expect(row, p.name).toContain(`| ${p.bereavement?.status ?? 'not researched'}`);
    }
  });
  it('holds the regulators’ table made from their data: every state commission, with what is known of it', () => {
    // Regenerate with `npm run coverage-table` (its second table) and paste it under the providers' table.
    expect(readme).toContain(regulatorTable(authorities));
    for (const a of authorities.filter((x) => x.kind === 'state_PUC')) expect(readme, a.id).toContain(`| ${a.state} | ${a.name} |`);
  });
  it('holds the table of state cable offices made from their data', () => {
    // Regenerate with `npm run coverage-table` (its third table) and paste it under the regulators' table.
    expect(readme).toContain(cableTable(authorities));
  });
  it('says how many providers are built in, as many as the registry holds', () => {
    const said = [...readme.matchAll(/(\d+) providers are built in/g)].map((m) => Number(m[1]));
    expect(said).toEqual([registry.length]);
  });
  it('gives the two set-up commands that CI runs', () => {
    expect(readme).toContain('npm ci && npm run dev');
    expect(readme).toContain('npm ci && npm test');
    expect(readFileSync('.ci/run', 'utf8')).toContain('\nnpm ci && npm test\n');
  });
});
