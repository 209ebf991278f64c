/**
 * The README's coverage table, made from the registry: what each provider's entry
 * knows, and whether its bereavement process is verified on its own pages, known
 * only second-hand, searched for and not found, or not researched.
 * `npm run coverage-table` prints it; tests/unit/readme.test.ts checks the README holds it.
 */
import type { Category } from '../model/vocabulary';
import { citedFacts } from './facts';
import type { Provider } from './schema';

const categoryWords: Record<Category, string> = {
  cable_internet: 'cable/internet',
  wireless: 'wireless',
  landline: 'landline',
  satellite_tv: 'satellite TV',
  electric: 'electric',
  gas: 'gas',
  water: 'water',
  streaming: 'streaming',
};

function bereavementCell(p: Provider): string {
  const b = p.bereavement;
  if (!b) return 'not researched';
  const searched = b.searched ? ` (searched ${b.searched})` : '';
  return `${b.status}${searched}`;
}

/** The table's rows, one per provider, in registry order. */
export function coverageRows(registry: readonly Provider[]): string[] {
  return registry.map((p) => {
    const sites = [...p.domains, ...p.hosts].join(', ');
    const firstParty = p.sources.filter((s) => s.quality === 'first-party').length;
    return `| ${p.name} | ${p.categories.map((c) => categoryWords[c]).join(', ')} | ${sites} | ${bereavementCell(p)} | ${citedFacts(p).length} | ${firstParty}/${p.sources.length} |`;
  });
}

/** The whole table, with its count of each bereavement status, as Markdown. */
export function coverageTable(registry: readonly Provider[]): string {
  const count = (status: string) => registry.filter((p) => (p.bereavement?.status ?? 'not researched') === status).length;
  return [
    `${registry.length} providers. Bereavement process: ${count('verified first-party')} verified on the provider's own pages, ` +
      `${count('second-hand only')} known only second-hand, ${count('none found')} searched for and none found, ` +
      `${count('not researched')} not researched.`,
    '',
    '| provider | categories | domains | bereavement process | quoted facts | first-party sources |',
    '|---|---|---|---|---|---|',
    ...coverageRows(registry),
  ].join('\n');
}
