/**
 * The declarative shape of a regulator or public complaint body (the FCC, a state
 * public utility commission, the CFPB, the BBB...): who it is, what it covers, where
 * and how a complaint is filed, and how long the other side has to answer.
 *
 * The registry's honesty rules hold here too (validateRegulators): every fact names a
 * listed source and quotes the passage that says it; what no source gives stays
 * absent and is shown as not known. Never invent a phone number, address or deadline.
 */
import { z } from 'zod';
import { Category, Regulator } from '../model/vocabulary';
import { Channel, Fact, Source } from './schema';

const cited = Fact.pick({ source: true, quote: true }).shape;

export const Authority = z.object({
  /** "fcc", "cfpb", "bbb", "puc-ca", ... */
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: Regulator,
  /** Its full name, as it writes it: "California Public Utilities Commission". */
  name: z.string().min(1),
  /** Where its name was read: a source and the passage that names it (a body nobody has read of is left out). */
  named: z.object(cited),
  /** The short name people use ("CPUC"), if it has one. */
  shortName: z.string().min(1).optional(),
  /** The state (or "DC") whose commission this is; absent for national bodies. */
  state: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  /** The kinds of service it takes complaints about, each as its source says. */
  covers: z.array(z.object({ category: Category, ...cited })).default([]),
  /** What it says it does not handle (and who does), in its own words. */
  excludes: z.array(Fact).default([]),
  /** The page where a consumer files a complaint. */
  complaintPage: z.object({ url: z.url({ protocol: /^https$/ }), ...cited }).optional(),
  /** Phone numbers (and other channels) for consumers, exactly as the source gives them. */
  channels: z.array(Channel).default([]),
  /** How long the company has to answer a complaint, where the source says. */
  answerDays: z.object({ days: z.number().int().positive(), businessDays: z.boolean().default(false), ...cited }).optional(),
  /** What must come first, what to include, what not to include (an SSN...), limits on uploads. */
  notes: z.array(Fact).default([]),
  sources: z.array(Source).min(1),
});
export type Authority = z.infer<typeof Authority>;
export type AuthorityInput = z.input<typeof Authority>;

/**
 * A rule about where complaints go when no one body can be listed (the FCC's: cable TV
 * complaints go to the local franchising authority named on the bill): facts, each
 * citing a listed source with its quote, under the same rules as an Authority's.
 */
export const SourcedRule = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  facts: z.array(Fact).min(1),
  sources: z.array(Source).min(1),
});
export type SourcedRule = z.infer<typeof SourcedRule>;
export type SourcedRuleInput = z.input<typeof SourcedRule>;
