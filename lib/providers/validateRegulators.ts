/**
 * The rules for regulator entries that the schema alone cannot express (the same as
 * the provider registry's): every fact cites a listed source, no source is a bare
 * homepage for a specific claim, every source is used, dates are honest, a state's
 * commission names its state, ids are unique.
 */
import { isBareHomepage } from './facts';
import { Authority, type AuthorityInput } from './regulatorSchema';

/** Every cited fact of an entry, with where it sits. */
export function authorityFacts(a: Authority): { where: string; source: string }[] {
  const out: { where: string; source: string }[] = [];
  const each = (where: string, items: readonly { source: string }[]) => {
    for (const [i, item] of items.entries()) out.push({ where: `${where}[${i}]`, source: item.source });
  };
  out.push({ where: 'named', source: a.named.source });
  each('covers', a.covers);
  each('excludes', a.excludes);
  if (a.complaintPage) out.push({ where: 'complaintPage', source: a.complaintPage.source });
  each('channels', a.channels);
  if (a.answerDays) out.push({ where: 'answerDays', source: a.answerDays.source });
  each('notes', a.notes);
  return out;
}

export function problemsOfAuthority(a: Authority): string[] {
  const problems: string[] = [];
  const fail = (message: string) => problems.push(`${a.id}: ${message}`);
  if ((a.kind === 'state_PUC' || a.kind === 'state_AG') && !a.state) fail(`a ${a.kind} entry needs its state`);
  const sources = new Map(a.sources.map((s) => [s.id, s]));
  if (sources.size !== a.sources.length) fail('duplicate source ids');
  for (const s of a.sources) {
    if (s.published && s.published > s.checked) fail(`source "${s.id}" was published after it was checked`);
    if (s.captured && s.captured > s.checked) fail(`source "${s.id}" was captured after it was checked`);
  }
  const used = new Set<string>();
  for (const f of authorityFacts(a)) {
    used.add(f.source);
    const source = sources.get(f.source);
    if (!source) fail(`fact at ${f.where} cites unknown source "${f.source}"`);
    else if (isBareHomepage(source.url)) fail(`fact at ${f.where} cites a bare homepage (${source.url})`);
  }
  for (const s of a.sources) if (!used.has(s.id)) fail(`source "${s.id}" is cited by no fact`);
  return problems;
}

/** Parses every entry and checks the rules; throws naming every problem. */
export function validateRegulators(entries: AuthorityInput[]): Authority[] {
  const problems: string[] = [];
  const parsed: Authority[] = [];
  for (const [i, entry] of entries.entries()) {
    const result = Authority.safeParse(entry);
    if (!result.success) {
      const id = typeof entry?.id === 'string' ? entry.id : `entry ${i}`;
      problems.push(...result.error.issues.map((issue) => `${id}: ${issue.path.join('.') || '(entry)'}: ${issue.message}`));
      continue;
    }
    parsed.push(result.data);
  }
  const ids = new Set<string>();
  for (const a of parsed) {
    if (ids.has(a.id)) problems.push(`Duplicate regulator id ${a.id}`);
    ids.add(a.id);
    problems.push(...problemsOfAuthority(a));
  }
  if (problems.length > 0) throw new Error(`The regulators break their rules:\n${problems.join('\n')}`);
  return parsed;
}
