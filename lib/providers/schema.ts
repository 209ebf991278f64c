/**
 * The declarative shape of a provider in the registry. A provider is data, not
 * code: adding one is adding an entry (with its sources and test URLs).
 *
 * Honesty rules, enforced by validateRegistry() in validate.ts when the build
 * starts and in the unit tests:
 * - every fact shown to a user (a choice, a document, a channel, a device, a fee,
 *   a window, a note, a piece of guidance, a regulator) names the source it came
 *   from and carries a short `quote`: the passage of that source, as read, that
 *   supports it;
 * - every source says when it was checked (the day someone read it), and when it
 *   was published or captured if that is known: a stored copy of a 2014 page
 *   read today was checked today and captured in 2014;
 * - what no source gives stays absent. Never invent a phone number, address, fee,
 *   deadline or quote. `bereavement.status` says plainly whether a bereavement
 *   process is known at all.
 *
 * Its words (categories, page, document, device and channel kinds, regulators)
 * are the shared vocabulary of lib/model/vocabulary.ts.
 */
import { z } from 'zod';
// The vocabulary file alone, not the model's index: the registry needs none of the estate's records.
import { Category, ChannelKind, DeviceKind, DocumentKind, PageKind, Regulator, ReturnMethod } from '../model/vocabulary';

const url = z.url({ protocol: /^https$/ });
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD');
/** A date as precise as the page gives it: "2014", "2014-11" or "2014-11-03". */
const partialDay = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date written YYYY, YYYY-MM or YYYY-MM-DD');

export const Source = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The page's own address: where a person can open it. */
  url,
  /** The title of the page, as it reads. */
  title: z.string().min(1).optional(),
  /** When the page says it was published or last updated, if it says. */
  published: partialDay.optional(),
  /** When the stored copy that was read was captured, if known. */
  captured: partialDay.optional(),
  /** The day someone read this page (or a copy of it) and compared it with the facts that cite it. */
  checked: day,
  /** first-party: the provider's own words; second-hand: anyone else's (guides, news, forums). */
  quality: z.enum(['first-party', 'second-hand']),
  /** Where the text was read when not at `url` (a copy of the provider's page kept elsewhere). */
  readAt: z.string().min(1).optional(),
  note: z.string().optional(),
});
export type Source = z.infer<typeof Source>;

/** A short passage of a source, exactly as read: what a fact rests on. */
const Quote = z
  .string({ error: 'every fact needs a quote of its source' })
  .trim()
  .min(8, 'a quote must be the passage that supports the fact')
  .max(400, 'a quote is a short passage, at most 400 characters');

/** Where a fact comes from: a listed source and the passage of it that supports the fact. */
const cited = { source: z.string().min(1), quote: Quote };

/** A statement of fact, tied to the source it came from and the passage that says it. */
export const Fact = z.object({ text: z.string().min(1), ...cited });
export type Fact = z.infer<typeof Fact>;

export const Channel = z.object({
  kind: ChannelKind,
  /** The number, address, URL or store finder, exactly as the source gives it. */
  value: z.string().min(1),
  label: z.string().optional(),
  hours: z.string().optional(),
  ...cited,
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

export const TestUrl = z.object({
  url: z.url(),
  kind: PageKind,
  /** seen: this address was read (a listed source, or a stored copy of the page); constructed: a plausible shape nobody here has seen. */
  origin: z.enum(['seen', 'constructed']),
});
export type TestUrl = z.infer<typeof TestUrl>;

/**
 * What is known of the provider's own process after a death:
 * - verified first-party: the provider's own page describing it was read (bereavement.url);
 * - second-hand only: only others describe it (guides, news, copies);
 * - none found: searched, nothing found; the family uses the number on the bill;
 * - not researched: nobody has looked yet.
 */
export const bereavementStatuses = ['verified first-party', 'second-hand only', 'none found', 'not researched'] as const;
export const BereavementStatus = z.enum(bereavementStatuses);
export type BereavementStatus = z.infer<typeof BereavementStatus>;

export const Bereavement = z.object({
  status: BereavementStatus,
  /** The day of the last search for this provider's bereavement process (absent only when not researched). */
  searched: day.optional(),
  /** The provider's own bereavement page: one of the listed first-party sources. */
  url: url.optional(),
  /** What the provider offers after a death: close the account, or transfer it. */
  options: z.array(z.object({ option: z.enum(['close', 'transfer']), ...cited })).default([]),
  documents: z.array(z.object({ kind: DocumentKind, note: z.string().optional(), ...cited })).default([]),
  /** Ways to reach the provider about a death. A general customer-service line goes in `contact`, never here. */
  channels: z.array(Channel).default([]),
  notes: z.array(Fact).default([]),
});
export type Bereavement = z.infer<typeof Bereavement>;

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
  /**
   * Renamed or merged providers this entry now answers for (Time Warner Cable -> Spectrum).
   * Their domains are listed in `domains` too, so their old pages are recognized as this provider.
   */
  formerly: z
    .array(
      z.object({
        name: z.string().min(1),
        domains: z.array(z.string()).default([]),
        source: z.string().min(1).optional(),
        quote: Quote.optional(),
      }),
    )
    .default([]),
  /** Who the provider is, where public data says it (all optional). */
  identity: z
    .object({
      eiaUtilityId: z.number().int().positive().optional(),
      states: z.array(z.string().regex(/^[A-Z]{2}$/)).default([]),
      customers: z.object({ count: z.number().int().positive(), year: z.number().int(), ...cited }).optional(),
    })
    .optional(),
  pages: z.array(PagePattern).default([]),
  /** URLs of this provider's pages, checked by the table-driven test. */
  testUrls: z.array(TestUrl).default([]),
  /** Built-in entries always say what is known of the bereavement process; a site the user tracks has none. */
  bereavement: Bereavement.optional(),
  /** General customer-service channels (not specific to a death): what to call when nothing better is known. */
  contact: z.array(Channel).default([]),
  equipment: z
    .object({
      kinds: z.array(z.object({ kind: DeviceKind, ...cited })).default([]),
      returnMethods: z.array(z.object({ method: ReturnMethod, ...cited })).default([]),
      /** Drives the overdue reminders: first-party sources only. */
      returnWindowDays: z.object({ days: z.number().int().positive(), ...cited }).optional(),
      /** Shown as the provider's published fee: first-party sources only. */
      fees: z.array(z.object({ device: DeviceKind, upToUsd: z.number().positive(), note: z.string().optional(), ...cited })).default([]),
      notes: z.array(Fact).default([]),
    })
    .optional(),
  /** Facts about closing or transferring that are not bereavement-specific (fees, timing, email). */
  notes: z.array(Fact).default([]),
  /** Guidance shown in the side panel on a page of this kind. */
  guidance: z.partialRecord(PageKind, z.array(Fact)).default({}),
  escalation: z
    .object({
      regulators: z.array(z.object({ regulator: Regulator, ...cited })).default([]),
      channels: z.array(Channel).default([]),
    })
    .default({ regulators: [], channels: [] }),
  sources: z.array(Source).default([]),
});
export type Provider = z.infer<typeof Provider>;
export type ProviderInput = z.input<typeof Provider>;
