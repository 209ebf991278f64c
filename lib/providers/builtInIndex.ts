/**
 * The built-in registry's summaries (./summary.ts). The extension's build replaces
 * this module with the same summaries as JSON (wxt.config.ts), so a page that needs
 * only them never loads the registry itself.
 */
import { validatedRegistry } from './builtIn';
import { type ProviderSummary, summaryOf } from './summary';

export const providerIndex: readonly ProviderSummary[] = validatedRegistry.map(summaryOf);
