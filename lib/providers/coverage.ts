/**
 * The README's coverage table, made from the registry: what each provider's entry
 * knows, and whether its bereavement process is verified on its own pages, known
 * only second-hand, searched for and not found, or not researched.
 * `npm run coverage-table` prints it, the regulators' table after it (regulatorTable), then the
 * state cable offices' (cableTable);
 * tests/unit/readme.test.ts checks the README holds both.
 */
import { type Category, categories } from '../model/vocabulary';
import { citedFacts } from './facts';
import type { Authority } from './regulatorSchema';
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

/** How much is known of a state commission: complete when its complaint page, a phone and what it covers are all sourced. */
export type RegulatorCompleteness = 'complete' | 'partial';

export function regulatorCompleteness(a: Authority): RegulatorCompleteness {
  const phone = a.channels.some((c) => c.kind === 'phone');
  return a.complaintPage && phone && a.covers.length > 0 ? 'complete' : 'partial';
}

const known = (yes: boolean) => (yes ? 'yes' : 'not known');

/** The regulators' table, one row per state commission (by state), as Markdown. */
export function regulatorTable(all: readonly Authority[]): string {
  const commissions = all.filter((a) => a.kind === 'state_PUC').sort((a, b) => (a.state ?? '').localeCompare(b.state ?? ''));
  const national = all.filter((a) => a.state === undefined);
  const complete = commissions.filter((a) => regulatorCompleteness(a) === 'complete').length;
  const rows = commissions.map((a) => {
    const covered = new Set(a.covers.map((c) => c.category));
    const covers =
      categories
        .filter((c) => covered.has(c))
        .map((c) => categoryWords[c])
        .join(', ') || 'not known';
    const phone = a.channels.some((c) => c.kind === 'phone');
    const firstParty = a.sources.filter((s) => s.quality === 'first-party').length;
    return `| ${a.state} | ${a.name} | ${known(Boolean(a.complaintPage))} | ${known(phone)} | ${covers} | ${firstParty}/${a.sources.length} |`;
  });
  return [
    `${commissions.length} state utility commissions (the 50 states and DC) and ${national.length} national bodies (${national.map((a) => a.shortName ?? a.name).join(', ')}). ` +
      `${complete} commissions are complete (complaint page, phone and what they cover, each sourced); ${commissions.length - complete} are partial.`,
    '',
    '| state | commission | complaint page | phone | covers | first-party sources |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/**
 * The state cable offices' table: the states whose own office takes cable TV complaints.
 * Everywhere else the ladder names the city or county's office on the bill, as the FCC says.
 */
export function cableTable(all: readonly Authority[]): string {
  const offices = all.filter((a) => a.kind === 'franchise_authority').sort((a, b) => (a.state ?? '').localeCompare(b.state ?? ''));
  const rows = offices.map((a) => {
    const phone = a.channels.some((c) => c.kind === 'phone');
    const firstParty = a.sources.filter((s) => s.quality === 'first-party').length;
    return `| ${a.state} | ${a.name} | ${known(Boolean(a.complaintPage))} | ${known(phone)} | ${a.answerDays ? `${a.answerDays.days} days` : 'not known'} | ${firstParty}/${a.sources.length} |`;
  });
  return [
    `Cable TV billing: ${offices.length} states where a state office takes cable TV complaints (each sourced); in every other state, ` +
      "the city or county's cable office named on the bill, as the FCC's own page says.",
    '',
    '| state | cable office | complaint page | phone | company must answer | first-party sources |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
