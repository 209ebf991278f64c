/**
 * The rules for regulator entries that the schema alone cannot express (the same as
 * the provider registry's): every fact cites a listed source, no source is a bare
 * homepage for a specific claim, every source is used, dates are honest, a state's
 * commission names its state, ids are unique.
 */
import { isBareHomepage } from './facts';
import { Authority, type AuthorityInput, SourcedRule, type SourcedRuleInput } from './regulatorSchema';
import type { Source } from './schema';

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

/** The source rules shared by every entry: each fact cites a listed source that is no bare homepage, every source is used, dates are honest. */
function sourceProblems(id: string, facts: readonly { where: string; source: string }[], listed: readonly Source[]): string[] {
  const problems: string[] = [];
  const fail = (message: string) => problems.push(`${id}: ${message}`);
  const sources = new Map(listed.map((s) => [s.id, s]));
  if (sources.size !== listed.length) fail('duplicate source ids');
  for (const s of listed) {
    if (s.published && s.published > s.checked) fail(`source "${s.id}" was published after it was checked`);
    if (s.captured && s.captured > s.checked) fail(`source "${s.id}" was captured after it was checked`);
  }
  const used = new Set<string>();
  for (const f of facts) {
    used.add(f.source);
    const source = sources.get(f.source);
    if (!source) fail(`fact at ${f.where} cites unknown source "${f.source}"`);
    else if (isBareHomepage(source.url)) fail(`fact at ${f.where} cites a bare homepage (${source.url})`);
  }
  for (const s of listed) if (!used.has(s.id)) fail(`source "${s.id}" is cited by no fact`);
  return problems;
}

/** Kinds of body that belong to one state: a state commission, a state attorney general, a state cable office. */
const stateKinds: readonly Authority['kind'][] = ['state_PUC', 'state_AG', 'franchise_authority'];

export function problemsOfAuthority(a: Authority): string[] {
  const problems: string[] = [];
  if (stateKinds.includes(a.kind) && !a.state) problems.push(`${a.id}: a ${a.kind} entry needs its state`);
  return [...problems, ...sourceProblems(a.id, authorityFacts(a), a.sources)];
}

/** Parses a sourced rule and checks its sources; throws naming every problem. */
export function validateRule(input: SourcedRuleInput): SourcedRule {
  const result = SourcedRule.safeParse(input);
  if (!result.success)
    throw new Error(
      `The rule ${input.id} breaks its rules:\n${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n')}`,
    );
  const rule = result.data;
  const problems = sourceProblems(
    rule.id,
    rule.facts.map((f, i) => ({ where: `facts[${i}]`, source: f.source })),
    rule.sources,
  );
  if (problems.length > 0) throw new Error(`The rule ${rule.id} breaks its rules:\n${problems.join('\n')}`);
  return rule;
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
