/** The built-in registry, validated once, and a matcher over it (with the user's own sites: buildMatcher). */

import type { UserProvider } from '../model';
import { validatedRegistry } from './builtIn';
import { ProviderMatcher } from './matcher';
import type { Provider } from './schema';
import { providerOfUser } from './user';

export const registry: readonly Provider[] = validatedRegistry;
export const registryById: ReadonlyMap<string, Provider> = /* @__PURE__ */ new Map(registry.map((p) => [p.id, p]));
export const builtInMatcher = /* @__PURE__ */ new ProviderMatcher(registry);

export function providerById(providerId: string): Provider | undefined {
  return registryById.get(providerId);
}

/** One matcher over the built-in registry and the user's own sites. */
export function buildMatcher(userRows: readonly UserProvider[] = [], builtIns: readonly Provider[] = registry): ProviderMatcher {
  return new ProviderMatcher([...builtIns, ...userRows.map(providerOfUser)]);
}
