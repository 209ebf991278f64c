/**
 * The user's own sites by registrable domain: the "track this site" form's check and
 * the row it makes, and which provider a page is when it may be a tracked site. Apart
 * from user.ts (which every page's matcher uses) because it needs the Public Suffix
 * List (lib/providers/site.ts): the side panel loads it only with the form.
 */
import { z } from 'zod';
import { t } from '../i18n';
import { Category, UserProvider } from '../model';
import type { ProviderMatcher } from './matcher';
import { builtInMatcher } from './registry';
import { siteOf } from './site';
import type { ProviderSummary } from './summary';
import { userProviderId } from './user';

/** The registrable domain of what a person typed: "mycoop.com", "www.mycoop.com/pay", "https://...". */
export function domainOfAddress(typed: string): string | null {
  const trimmed = typed.trim();
  if (!trimmed || /\s/.test(trimmed)) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  // An address typed or copied with http:// names the same site; only its https pages will count.
  return siteOf(withScheme.replace(/^http:/i, 'https:'))?.domain ?? null;
}

export const TrackSiteInput = z.object({
  address: z.string().max(2000),
  name: z.string(),
  category: Category,
});
export type TrackSiteInput = z.infer<typeof TrackSiteInput>;

export type TrackSiteResult = { ok: true; row: UserProvider } | { ok: false; errors: Record<string, string> };

/**
 * Checks the "track this site" form and makes the row to store. Refuses a site
 * the matcher already recognizes (built-in or tracked before), naming it.
 */
export function newUserProvider(input: TrackSiteInput, matcher: ProviderMatcher<ProviderSummary>, now = new Date()): TrackSiteResult {
  const errors: Record<string, string> = {};
  const domain = domainOfAddress(input.address);
  if (!domain) errors.address = t('here.trackAddressMissing');
  else {
    const known = matcher.match(`https://${domain}/`);
    if (known) errors.address = t('here.trackAddressKnown', { site: domain, name: known.provider.name });
  }
  const parsed = UserProvider.safeParse({
    id: userProviderId(domain ?? 'site'),
    name: input.name,
    category: input.category,
    domain: domain ?? '',
    createdAt: now.toISOString(),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0]);
      if (key === 'name' || key === 'category') errors[key] ??= issue.message;
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, row: parsed.data };
}

/**
 * Which provider a page's address is: a built-in provider's (by the registry's
 * matcher), else a site the user tracks, by registrable domain. Undefined when neither.
 */
export function providerIdOf(
  url: string,
  trackedSites: readonly Pick<UserProvider, 'id' | 'domain'>[],
  builtIns: ProviderMatcher = builtInMatcher,
): string | undefined {
  const match = builtIns.match(url);
  if (match) return match.provider.id;
  const site = siteOf(url);
  if (!site) return undefined;
  return trackedSites.find((row) => row.domain === site.domain)?.id;
}
