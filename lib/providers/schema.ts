/**
 * The declarative shape of a provider in the registry. A provider is data, not
 * code: adding one is adding an entry (with its sources and test URLs).
 *
 * Honesty rules, enforced by validateRegistry() in validate.ts:
 * - every fact (channel, fee, note, window) names the source it came from, and
 *   that source is listed in `sources` with the date it was checked;
 * - what no reliable source gives stays absent. Never invent a phone number,
 *   address or fee.
 *
 * Its words (categories, page, document, device and channel kinds, regulators)
 * are the shared vocabulary of lib/model/vocabulary.ts.
 */
import { z } from 'zod';
// The vocabulary file alone, not the model's index: the registry needs none of the estate's records.
import { Category, ChannelKind, DeviceKind, DocumentKind, PageKind, Regulator, ReturnMethod } from '../model/vocabulary';

const url = z.url({ protocol: /^https$/ });
const checkedDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const Source = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  url,
  checked: checkedDate,
  quality: z.enum(['first-party', 'second-hand']),
  note: z.string().optional(),
});
export type Source = z.infer<typeof Source>;

/** A statement of fact, tied to the source it came from. */
export const Fact = z.object({ text: z.string().min(1), source: z.string() });
export type Fact = z.infer<typeof Fact>;

export const Channel = z.object({
  kind: ChannelKind,
  /** The number, address, URL or store finder, exactly as the source gives it. */
  value: z.string().min(1),
  label: z.string().optional(),
  hours: z.string().optional(),
  source: z.string(),
});
export type Channel = z.infer<typeof Channel>;

export const PagePattern = z.object({
  kind: PageKind,
  /** Regular expression tested against the URL's pathname (plus search), case-insensitive. */
  path: z.string(),
  /** Optional exact hostname (e.g. "customer.xfinity.com") the pattern is limited to. */
  host: z.string().optional(),
});
export type PagePattern = z.infer<typeof PagePattern>;

export const Provider = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  /** First category is the primary one; it picks the checklist playbook. */
  categories: z.array(Category).min(1),
  /** Registrable domains the provider owns whole (every subdomain is theirs). */
  domains: z.array(z.string()).default([]),
  /** Hosts on a domain the provider shares (e.g. fiber.google.com): the host and its subdomains. */
  hosts: z.array(z.string()).default([]),
  /** Tie-break when two entries claim the same host: higher wins, then the id. */
  priority: z.number().int().default(0),
  pages: z.array(PagePattern).default([]),
  /** Real URL shapes of this provider's pages, checked by the table-driven test. */
  testUrls: z.array(z.object({ url: z.url(), kind: PageKind })).default([]),
  bereavement: z
    .object({
      url: url.optional(),
      options: z.array(z.enum(['close', 'transfer'])).default([]),
      documents: z.array(z.object({ kind: DocumentKind, note: z.string().optional(), source: z.string() })).default([]),
      channels: z.array(Channel).default([]),
      notes: z.array(Fact).default([]),
    })
    .optional(),
  equipment: z
    .object({
      kinds: z.array(DeviceKind).default([]),
      returnMethods: z.array(ReturnMethod).default([]),
      returnWindowDays: z.object({ days: z.number().int().positive(), source: z.string() }).optional(),
      fees: z
        .array(z.object({ device: DeviceKind, upToUsd: z.number().positive(), note: z.string().optional(), source: z.string() }))
        .default([]),
      notes: z.array(Fact).default([]),
    })
    .optional(),
  /** Facts about closing or transferring that are not bereavement-specific (fees, timing, email). */
  notes: z.array(Fact).default([]),
  /** Guidance shown in the side panel on a page of this kind. */
  guidance: z.partialRecord(PageKind, z.array(Fact)).default({}),
  escalation: z
    .object({
      regulators: z.array(Regulator).default([]),
      channels: z.array(Channel).default([]),
    })
    .default({ regulators: [], channels: [] }),
  sources: z.array(Source).min(1),
});
export type Provider = z.infer<typeof Provider>;
export type ProviderInput = z.input<typeof Provider>;
