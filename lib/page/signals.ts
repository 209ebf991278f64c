/**
 * What a provider page's own words say it is, where its address cannot tell:
 * a bereavement form, a transfer of ownership, an equipment return, a
 * confirmation after a request. Pure: the content script passes in what it read
 * (title, headings, visible text); nothing here touches the DOM.
 *
 * The content script bundles this file, so it stays plain code: no zod, no estate
 * model (only types from lib/model). The background validates the message it
 * builds on receipt (ContentMessage in lib/messaging).
 */
import type { PageKind } from '../model';
import { findReferenceNumbers, type ReferenceNumber, withoutBidiControls } from './references';

export const signalKinds = ['bereavement', 'transfer', 'equipment_return', 'confirmation', 'cancel'] as const;
export type SignalKind = (typeof signalKinds)[number];

export interface PageSnapshot {
  url: string;
  title: string;
  /** Headings, legends and form labels: short texts that name what the page is for. */
  headings: string[];
  /** The page's visible text. */
  text: string;
}

export interface PageSignals {
  kinds: SignalKind[];
  references: ReferenceNumber[];
}

/** Phrases in a title or heading that name the page's purpose. */
const headingPatterns: Array<[SignalKind, RegExp]> = [
  [
    'bereavement',
    /passed away|deceased|bereave|death of|loss of a loved one|in the event of (a )?death|someone (has )?died|survivor|estate of/i,
  ],
  [
    'transfer',
    /transfer (of )?(account )?(ownership|service|responsibility)|transfer account|change of (ownership|responsibility|account holder)|take over (the |an )?account|new account holder/i,
  ],
  [
    'equipment_return',
    /return (your |the )?(equipment|device|modem|gateway|receiver|router|cable box)|equipment return|return kit|returning equipment/i,
  ],
  [
    'confirmation',
    /thank you|confirmation|confirmed|request (has been |was )?(submitted|received)|we('ve| have) received your|order (is )?(complete|placed)/i,
  ],
  [
    'cancel',
    /cancel (your |my )?(service|account|subscription|membership|plan)|disconnect (your )?service|stop service|close (your |the )?account|end (your )?membership/i,
  ],
];

/** Phrases in body text specific enough to count on their own (a form's fields). */
const textPatterns: Array<[SignalKind, RegExp]> = [
  ['bereavement', /date of death|upload (a |the )?(copy of the )?death certificate|account holder (has )?passed away/i],
  ['equipment_return', /prepaid (return )?shipping label|return (your |the )?equipment (by|within)/i],
];

const MAX_TEXT = 200_000;

/** The kinds the page's words suggest, in a fixed order, and its labelled reference numbers. */
export function pageSignals(snapshot: Pick<PageSnapshot, 'title' | 'headings' | 'text'>): PageSignals {
  const headings = [snapshot.title, ...snapshot.headings].map((h) => h.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const text = snapshot.text.slice(0, MAX_TEXT);
  const found = new Set<SignalKind>();
  for (const [kind, re] of headingPatterns) if (headings.some((h) => re.test(h))) found.add(kind);
  for (const [kind, re] of textPatterns) if (re.test(text)) found.add(kind);
  const references = findReferenceNumbers(text);
  // A concrete confirmation or order number on the page makes it a confirmation page.
  if (references.some((r) => r.label === 'Confirmation number' || r.label === 'Order number')) found.add('confirmation');
  return { kinds: signalKinds.filter((k) => found.has(k)), references };
}

/**
 * The message the content script sends, its fields trimmed to the protocol's limits
 * (ContentMessage in lib/messaging, which the background checks it against).
 */
export interface SignalsMessage {
  type: 'page-signals';
  url: string;
  title: string;
  kinds: SignalKind[];
  references: ReferenceNumber[];
}

/**
 * The message for a page, built without a validator: every field is cut to its
 * limit here (a reference's value is 4 to 40 characters already, and there are at
 * most 20 references and 5 kinds), so ContentMessage accepts it as it is.
 */
export function signalsMessage(snapshot: PageSnapshot): SignalsMessage {
  const { kinds, references } = pageSignals(snapshot);
  return {
    type: 'page-signals',
    url: snapshot.url.slice(0, 4000),
    title: withoutBidiControls(snapshot.title).replace(/\s+/g, ' ').trim().slice(0, 500),
    kinds,
    references: references.map((r) => ({ label: r.label.slice(0, 60), value: r.value, context: r.context.slice(0, 200) })),
  };
}

/** Which signal decides when a page says several things: a confirmation beats the form it confirms. */
const signalPriority: readonly SignalKind[] = ['confirmation', 'bereavement', 'transfer', 'equipment_return', 'cancel'];

/**
 * The page kind the panel acts on. A confirmation on the page always wins (the
 * form's address often stays the same after it is sent); otherwise a specific
 * kind from the address stands, and the page's words refine a vague one
 * (an account page or a generic support article that is really a bereavement form).
 */
export function effectivePageKind(urlKind: PageKind, kinds: readonly SignalKind[] = []): PageKind {
  if (kinds.includes('confirmation')) return 'confirmation';
  if ((signalKinds as readonly string[]).includes(urlKind)) return urlKind;
  return signalPriority.find((k) => kinds.includes(k)) ?? urlKind;
}

/**
 * The page's address. The browser's sender.url is the document's first address and
 * misses history.pushState, so the page's own word is taken, but only within the
 * sender's origin (which the page could reach with pushState anyway).
 */
export function pageUrl(senderUrl: string | undefined, claimed: string): string | undefined {
  if (!senderUrl) return undefined;
  try {
    return new URL(claimed).origin === new URL(senderUrl).origin ? claimed : senderUrl;
  } catch {
    return senderUrl;
  }
}
