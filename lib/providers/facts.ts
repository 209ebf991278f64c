/**
 * Every fact of a registry entry, in one flat list: what the build checks (each
 * has a listed source and a quote) and what the panel can show or let a person
 * report as wrong. Pure, and free of the Public Suffix List (validate.ts has it).
 */
import type { Provider, Source } from './schema';

export interface CitedFact {
  /** Where in the entry the fact sits, for messages: "bereavement.channels[0]". */
  where: string;
  /** The fact in words a person reads. */
  text: string;
  source: string;
  quote: string;
}

/** Every cited fact of a provider, in the order the entry lists them. */
export function citedFacts(p: Provider): CitedFact[] {
  const out: CitedFact[] = [];
  const each = <T extends { source: string; quote: string }>(where: string, items: readonly T[] | undefined, text: (item: T) => string) => {
    for (const [i, item] of (items ?? []).entries())
      out.push({ where: `${where}[${i}]`, text: text(item), source: item.source, quote: item.quote });
  };
  const b = p.bereavement;
  each('bereavement.options', b?.options, (o) => (o.option === 'close' ? 'Close the account' : 'Transfer it'));
  each('bereavement.documents', b?.documents, (d) => (d.note ? `${d.kind}: ${d.note}` : d.kind));
  each('bereavement.channels', b?.channels, (c) => `${c.kind}: ${c.value}`);
  each('bereavement.notes', b?.notes, (n) => n.text);
  each('contact', p.contact, (c) => `${c.kind}: ${c.value}`);
  const e = p.equipment;
  each('equipment.kinds', e?.kinds, (k) => `Equipment: ${k.kind}`);
  each('equipment.returnMethods', e?.returnMethods, (m) => `Return: ${m.method}`);
  if (e?.returnWindowDays) {
    const w = e.returnWindowDays;
    out.push({ where: 'equipment.returnWindowDays', text: `Return within ${w.days} days`, source: w.source, quote: w.quote });
  }
  each('equipment.fees', e?.fees, (f) => `Up to $${f.upToUsd} per ${f.device} not returned`);
  each('equipment.notes', e?.notes, (n) => n.text);
  each('notes', p.notes, (n) => n.text);
  for (const [kind, facts] of Object.entries(p.guidance)) each(`guidance.${kind}`, facts, (f) => f.text);
  each('escalation.regulators', p.escalation.regulators, (r) => `Regulator: ${r.regulator}`);
  each('escalation.channels', p.escalation.channels, (c) => `${c.kind}: ${c.value}`);
  const customers = p.identity?.customers;
  if (customers)
    out.push({ where: 'identity.customers', text: `${customers.count} customers`, source: customers.source, quote: customers.quote });
  for (const [i, f] of p.formerly.entries()) {
    if (f.source && f.quote) out.push({ where: `formerly[${i}]`, text: `Formerly ${f.name}`, source: f.source, quote: f.quote });
  }
  return out;
}

/** The facts about the bereavement process itself (choices, documents, channels, notes). */
export function bereavementFacts(p: Provider): CitedFact[] {
  return citedFacts(p).filter((f) => f.where.startsWith('bereavement.'));
}

/** The source a fact cites, if listed. */
export function sourceOf(p: Pick<Provider, 'sources'>, id: string): Source | undefined {
  return p.sources.find((s) => s.id === id);
}

/** What is known of the bereavement process: a site the user tracks has not been researched. */
export function bereavementStatusOf(p: Pick<Provider, 'bereavement'>) {
  return p.bereavement?.status ?? 'not researched';
}

/** The kinds of device the provider's sources name, for the equipment form's suggestions. */
export function equipmentKindsOf(p: Pick<Provider, 'equipment'> | undefined) {
  return [...new Set((p?.equipment?.kinds ?? []).map((k) => k.kind))];
}

/** A source's address with nothing after the host: a homepage says nothing specific. */
export function isBareHomepage(address: string): boolean {
  const u = new URL(address);
  return (u.pathname === '/' || u.pathname === '') && !u.search && !u.hash;
}
