/** The built-in registry, validated once, and a matcher over it. */
import { builtInProviders } from './data';
import { ProviderMatcher } from './matcher';
import type { Provider } from './schema';
import { validateRegistry } from './validate';

export const registry: readonly Provider[] = validateRegistry(builtInProviders);
export const registryById: ReadonlyMap<string, Provider> = new Map(registry.map((p) => [p.id, p]));
export const builtInMatcher = new ProviderMatcher(registry);

export function providerById(providerId: string): Provider | undefined {
  return registryById.get(providerId);
}

export * from './schema';
export * from './matcher';
export * from './validate';
