/** The built-in registry, validated once, and a matcher over it. */
import { validatedRegistry } from './builtIn';
import { ProviderMatcher } from './matcher';
import type { Provider } from './schema';

export const registry: readonly Provider[] = validatedRegistry;
export const registryById: ReadonlyMap<string, Provider> = new Map(registry.map((p) => [p.id, p]));
export const builtInMatcher = new ProviderMatcher(registry);

export function providerById(providerId: string): Provider | undefined {
  return registryById.get(providerId);
}
