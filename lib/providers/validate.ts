/**
 * The registry's rules that the schema alone cannot express. Apart from schema.ts so
 * that code needing only the types (the content script, the model) does not carry the
 * Public Suffix List. Runs when the build starts (wxt.config.ts) and in the unit tests:
 * an entry that breaks a rule fails the build, with every problem named.
 */
import { getDomain } from 'tldts';
import { bereavementFacts, citedFacts, isBareHomepage } from './facts';
import { Provider, type ProviderInput } from './schema';

function parse(entry: ProviderInput, index: number): Provider {
  const parsed = Provider.safeParse(entry);
  if (parsed.success) return parsed.data;
  const id = typeof entry?.id === 'string' ? entry.id : `entry ${index}`;
  const problems = parsed.error.issues.map((i) => `${id}: ${i.path.join('.') || '(entry)'}: ${i.message}`);
  throw new Error(`Invalid provider entry:\n${problems.join('\n')}`);
}

/** The problems of one parsed entry; empty when it keeps every rule. */
export function problemsOf(p: Provider): string[] {
  const problems: string[] = [];
  const fail = (message: string) => problems.push(`${p.id}: ${message}`);

  if (p.domains.length + p.hosts.length === 0) fail('no domains or hosts');
  for (const d of p.domains) {
    if (getDomain(d) !== d) fail(`"${d}" is not a registrable domain`);
  }
  for (const h of p.hosts) {
    if (getDomain(h) === h || !getDomain(h)) fail(`host "${h}" must be a subdomain`);
  }
  for (const pattern of p.pages) {
    try {
      new RegExp(pattern.path, 'i');
    } catch {
      fail(`page pattern "${pattern.path}" is not a regular expression`);
    }
  }

  // Sources: listed once, dated honestly, each one used.
  const sources = new Map(p.sources.map((s) => [s.id, s]));
  if (sources.size !== p.sources.length) fail('duplicate source ids');
  for (const s of p.sources) {
    for (const [label, date] of [
      ['published', s.published],
      ['captured', s.captured],
    ] as const) {
      if (date && date > s.checked) fail(`source "${s.id}" was ${label} (${date}) after it was checked (${s.checked})`);
    }
  }

  // Facts: each cites a listed source, with a quote (the schema requires the quote).
  const facts = citedFacts(p);
  const used = new Set<string>();
  for (const f of facts) {
    const source = sources.get(f.source);
    used.add(f.source);
    if (!source) {
      fail(`fact at ${f.where} cites unknown source "${f.source}"`);
      continue;
    }
    if (isBareHomepage(source.url)) fail(`fact at ${f.where} cites a bare homepage (${source.url}) for a specific claim`);
  }
  for (const f of p.formerly) {
    for (const d of f.domains) if (!p.domains.includes(d)) fail(`former domain "${d}" of ${f.name} is not in domains`);
    if (!!f.source !== !!f.quote) fail(`formerly "${f.name}" needs both a source and a quote, or neither`);
  }

  // What drives reminders and the fee shown as "published" must be the provider's own word.
  const e = p.equipment;
  for (const f of [...(e?.fees ?? []), ...(e?.returnWindowDays ? [e.returnWindowDays] : [])]) {
    if (sources.get(f.source)?.quality === 'second-hand')
      fail(`equipment fees and return windows must cite a first-party source, not "${f.source}"`);
  }

  // The bereavement status says plainly what is known, and agrees with the facts.
  const b = p.bereavement;
  if (!b) fail('says nothing of its bereavement process: give bereavement.status');
  else {
    const bFacts = bereavementFacts(p);
    const page = b.url ? [...sources.values()].find((s) => s.url === b.url) : undefined;
    if (page) used.add(page.id);
    if (b.status === 'not researched') {
      if (b.searched) fail('bereavement status "not researched" cannot have a search date');
    } else if (!b.searched) fail(`bereavement status "${b.status}" needs the date of the last search (bereavement.searched)`);
    if (b.status === 'verified first-party') {
      if (page?.quality !== 'first-party')
        fail('bereavement status "verified first-party" needs bereavement.url to be a listed first-party source');
      else if (!bFacts.some((f) => f.source === page.id)) fail(`no bereavement fact cites the bereavement page "${page.id}"`);
    } else if (b.url) fail(`bereavement.url is for a verified first-party page, not status "${b.status}"`);
    if (b.status === 'second-hand only' && bFacts.length === 0)
      fail('bereavement status "second-hand only" needs at least one sourced bereavement fact');
    if ((b.status === 'none found' || b.status === 'not researched') && bFacts.length > 0) {
      fail(`bereavement status "${b.status}" cannot have bereavement facts (${bFacts.map((f) => f.where).join(', ')})`);
    }
  }
  for (const s of p.sources) {
    if (!used.has(s.id)) fail(`source "${s.id}" is cited by no fact`);
  }
  return problems;
}

/** Parses every entry and checks the rules the schema alone cannot express. */
export function validateRegistry(entries: ProviderInput[]): Provider[] {
  const providers = entries.map(parse);
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const p of providers) {
    if (ids.has(p.id)) problems.push(`Duplicate provider id ${p.id}`);
    ids.add(p.id);
    problems.push(...problemsOf(p));
  }
  if (problems.length > 0) throw new Error(`The provider registry breaks its rules:\n${problems.join('\n')}`);
  return providers;
}
