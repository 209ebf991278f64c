/**
 * The regulators and public complaint bodies the escalation ladder can point to,
 * validated once (validateRegulators) like the provider registry. One file per body
 * or group (federal.ts, states.ts...), each entry with its sources and quotes.
 */
import type { Category } from '../../model/vocabulary';
import type { Authority, AuthorityInput } from '../regulatorSchema';
import { validateRegulators } from '../validateRegulators';

const entries: AuthorityInput[] = [];

export const authorities: readonly Authority[] = validateRegulators(entries);

export function authorityById(id: string): Authority | undefined {
  return authorities.find((a) => a.id === id);
}

/**
 * The bodies that take complaints about this kind of service: national ones, and the
 * state's own when the state is known (its two-letter code, "DC" included).
 */
export function authoritiesFor(category: Category, state?: string): Authority[] {
  return authorities.filter(
    (a) => a.covers.some((c) => c.category === category) && (a.state === undefined || a.state === state?.toUpperCase()),
  );
}
