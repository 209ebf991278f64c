/**
 * The regulators and public complaint bodies the escalation ladder can point to,
 * validated once (validateRegulators) like the provider registry. One file per body
 * or group (federal.ts, states.ts...), each entry with its sources and quotes.
 */
import type { Category } from '../../model/vocabulary';
import type { Authority, AuthorityInput, SourcedRule } from '../regulatorSchema';
import { validateRegulators, validateRule } from '../validateRegulators';
import { cableOffices, localFranchising } from './cable';
import { federal } from './federal';
import { states } from './states';

const entries: AuthorityInput[] = [...federal, ...states, ...cableOffices];

export const authorities: readonly Authority[] = validateRegulators(entries);

/** The FCC's rule for cable TV where no state office is listed: the local franchising authority named on the bill. */
export const localFranchisingRule: SourcedRule = validateRule(localFranchising);

export function authorityById(id: string): Authority | undefined {
  return authorities.find((a) => a.id === id);
}

/** The state bodies first (closest to the service), then the national ones, each group in registry order. */
const rank = (a: Authority) => (a.state ? 0 : 1);

/**
 * The bodies that take complaints about this kind of service: the state's own when the
 * state is known (its two-letter code, "DC" included), then the national ones. Never
 * another state's.
 */
export function authoritiesFor(category: Category, state?: string): Authority[] {
  const wanted = state?.trim().toUpperCase();
  return authorities
    .filter((a) => a.covers.some((c) => c.category === category) && (a.state === undefined || a.state === wanted))
    .sort((a, b) => rank(a) - rank(b));
}

/** The state's public utility commission (or DC's), if the registry has one. */
export function commissionOf(state: string): Authority | undefined {
  const wanted = state.trim().toUpperCase();
  return authorities.find((a) => a.kind === 'state_PUC' && a.state === wanted);
}

/** The state's own cable TV office (the state acting as, or over, the franchising authority), if the registry has one. */
export function cableOfficeOf(state: string): Authority | undefined {
  const wanted = state.trim().toUpperCase();
  return authorities.find((a) => a.kind === 'franchise_authority' && a.state === wanted);
}
