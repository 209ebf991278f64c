/**
 * Which of the case's accounts a provider's page belongs to. One rule for every
 * place that has to guess: the capture links a saved page to it, the panel saves a
 * number read on the page to it.
 */
import type { Account } from '../model';

/** The case's accounts of this provider. */
export function accountsOfProvider<A extends Pick<Account, 'providerId'>>(accounts: readonly A[], providerId: string): A[] {
  return accounts.filter((a) => a.providerId === providerId);
}

/**
 * The account a page of this provider belongs to: the case's only account of that
 * provider. None when it has none, and none when it has several: a guess could put
 * proof on the wrong account, so then the user chooses.
 */
export function accountOfPage<A extends Pick<Account, 'providerId'>>(
  accounts: readonly A[],
  providerId: string | undefined,
): A | undefined {
  if (providerId === undefined) return undefined;
  const candidates = accountsOfProvider(accounts, providerId);
  return candidates.length === 1 ? candidates[0] : undefined;
}
