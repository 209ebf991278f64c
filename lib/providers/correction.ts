/**
 * "This is wrong or out of date": a short report a person can copy or save when the
 * panel's facts about a provider do not match what they saw. Nothing is sent anywhere;
 * the report holds no personal data (no names, no account numbers, no page query):
 * the provider, the fact, what the person typed (scrubbed of anything that looks like
 * an account number, an SSN, a card number or an email address) and the page address.
 */
import type { Provider } from './schema';

/** The longest "what you saw" kept in a report: a few sentences, not a document. */
export const MAX_SAW_LENGTH = 1000;

export interface CorrectionInput {
  provider: Pick<Provider, 'id' | 'name' | 'sources'>;
  /** The fact as the panel showed it, or undefined for "something else". */
  fact?: { text: string; source?: string };
  /** What the person saw instead, in their own words. */
  saw: string;
  /** The address of the page the person is on. */
  pageUrl?: string;
  /** Today, YYYY-MM-DD. */
  today: string;
}

export interface Correction {
  text: string;
  fileName: string;
  /** True when something that looked like personal data was taken out of what the person typed. */
  scrubbed: boolean;
}

/** The page's address without its query, fragment or sign-in details; nothing for a non-web page. */
export function reportAddress(rawUrl: string | undefined): string {
  if (!rawUrl) return '';
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return '';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return '';
  return `${url.protocol}//${url.host}${url.pathname}`;
}

const patterns: Array<[RegExp, string]> = [
  [/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '[email removed]'],
  // SSN-shaped: 123-45-6789 or 123 45 6789.
  [/\b\d{3}[- ]\d{2}[- ]\d{4}\b/g, '[number removed]'],
  // Card-shaped: 13 to 19 digits in groups of four.
  [/\b\d{4}(?:[- ]\d{4}){2,3}(?:[- ]\d{1,3})?\b/g, '[number removed]'],
  // A long run of digits (an account or card number); phone numbers with separators are kept.
  [/\b\d{9,}\b/g, '[number removed]'],
];

/** What the person typed, with anything that looks like personal data taken out, trimmed to a sane length. */
export function scrubTyped(typed: string): { text: string; scrubbed: boolean } {
  let text = typed.replace(/\s+/g, ' ').trim();
  let scrubbed = false;
  for (const [re, replacement] of patterns) {
    const next = text.replace(re, replacement);
    if (next !== text) scrubbed = true;
    text = next;
  }
  if (text.length > MAX_SAW_LENGTH) text = `${text.slice(0, MAX_SAW_LENGTH - 1)}…`;
  return { text, scrubbed };
}

/** The report, and the file name to save it under. */
export function correctionReport(input: CorrectionInput): Correction {
  const { provider, fact, today } = input;
  const saw = scrubTyped(input.saw);
  const source = fact?.source ? provider.sources.find((s) => s.id === fact.source) : undefined;
  const page = reportAddress(input.pageUrl);
  const lines = [
    'Estate Accounts Helper: a provider fact that looks wrong or out of date',
    `Provider: ${provider.name} (${provider.id})`,
    `Fact shown: ${fact ? fact.text.replace(/\s+/g, ' ') : 'something else (not one of the facts shown)'}`,
    ...(source ? [`Its source: ${source.url} (checked ${source.checked})`] : []),
    `What I saw instead: ${saw.text || '(not filled in)'}`,
    ...(page ? [`On the page: ${page}`] : []),
    `Date: ${today}`,
  ];
  return { text: `${lines.join('\n')}\n`, fileName: `correction-${provider.id}-${today}.txt`, scrubbed: saw.scrubbed };
}
