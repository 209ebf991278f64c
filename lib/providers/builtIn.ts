/**
 * The built-in registry, validated. The extension's build replaces this module with
 * the same entries, validated once at build time and shipped as JSON (wxt.config.ts):
 * parsing 42 entries with zod cost every page and worker start ~8 ms.
 */
import { builtInProviders } from './data';
import type { Provider } from './schema';
import { validateRegistry } from './validate';

export const validatedRegistry: readonly Provider[] = validateRegistry(builtInProviders);
