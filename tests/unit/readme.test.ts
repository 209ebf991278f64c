import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { registry } from '../../lib/providers';

describe('README', () => {
  const readme = readFileSync('README.md', 'utf8');
  it('lists every built-in provider in its coverage table', () => {
    const missing = registry.filter((p) => !readme.includes(`| ${p.name} |`)).map((p) => p.name);
    expect(missing).toEqual([]);
  });
  it('gives the two set-up commands that CI runs', () => {
    expect(readme).toContain('npm ci && npm run dev');
    expect(readme).toContain('npm ci && npm test');
    expect(readFileSync('.ci/run', 'utf8')).toContain('\nnpm ci && npm test\n');
  });
});
