/**
 * The registry's rules that the schema alone cannot express. Apart from schema.ts so
 * that code needing only the types (the content script, the model) does not carry the
 * Public Suffix List.
 */
import { getDomain } from 'tldts';
import { Provider, type ProviderInput } from './schema';

/** Facts in an entry that name a source, for the "every fact has a source" check. */
function referencedSources(p: Provider): string[] {
  return [
    ...(p.bereavement?.documents ?? []).map((d) => d.source),
    ...(p.bereavement?.channels ?? []).map((c) => c.source),
    ...(p.bereavement?.notes ?? []).map((n) => n.source),
    ...(p.equipment?.fees ?? []).map((f) => f.source),
    ...(p.equipment?.notes ?? []).map((n) => n.source),
    ...(p.equipment?.returnWindowDays ? [p.equipment.returnWindowDays.source] : []),
    ...p.notes.map((n) => n.source),
    ...Object.values(p.guidance).flatMap((facts) => (facts ?? []).map((f) => f.source)),
    ...p.escalation.channels.map((c) => c.source),
  ];
}

/** Parses every entry and checks the rules the schema alone cannot express. */
export function validateRegistry(entries: ProviderInput[]): Provider[] {
  const providers = entries.map((e) => Provider.parse(e));
  const ids = new Set<string>();
  for (const p of providers) {
    if (ids.has(p.id)) throw new Error(`Duplicate provider id ${p.id}`);
    ids.add(p.id);
    if (p.domains.length + p.hosts.length === 0) throw new Error(`${p.id}: no domains or hosts`);
    for (const d of p.domains) {
      if (getDomain(d) !== d) throw new Error(`${p.id}: "${d}" is not a registrable domain`);
    }
    for (const h of p.hosts) {
      if (getDomain(h) === h || !getDomain(h)) throw new Error(`${p.id}: host "${h}" must be a subdomain`);
    }
    const sourceIds = new Set(p.sources.map((s) => s.id));
    if (sourceIds.size !== p.sources.length) throw new Error(`${p.id}: duplicate source ids`);
    for (const ref of referencedSources(p)) {
      if (!sourceIds.has(ref)) throw new Error(`${p.id}: fact cites unknown source "${ref}"`);
    }
    for (const pattern of p.pages) new RegExp(pattern.path, 'i');
  }
  return providers;
}
