/**
 * Reference numbers in page text: "Your confirmation number is CNF-4821-XYZ",
 * "Order #: 12345678", "Ticket INC0012345", "Case ID 00123456".
 *
 * Pure and shared: the content script uses it on a live provider page (through
 * signals.ts), the evidence store (lib/evidence) on captured page text. A number is only
 * taken in context (after a label such as "confirmation number"), never a bare
 * string of digits: phone numbers, prices and dates on the same page must not be
 * offered as proof.
 */

export interface ReferenceNumber {
  /** What the page called it, in plain words: "Confirmation number". */
  label: string;
  /** The number exactly as the page shows it (case kept). */
  value: string;
  /** The words around it, whitespace collapsed, at most 200 characters. */
  context: string;
}

/**
 * Bidirectional control characters (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F,
 * U+061C): invisible, they make `REF\u202E4321` show as "REF1234". They are removed
 * before a page's text is read for numbers, so a number is found whole, as typed,
 * and its context cannot be reordered either. The same set as the model's
 * withoutBidiControls (lib/model/schemas.ts), copied because the content script
 * loads nothing from the model (a unit test keeps the two equal).
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
export const withoutBidiControls = (value: string): string => value.replace(BIDI_CONTROLS, '');

/** Label words (lower case, spaces as \s+) and the plain name we show for them. */
const labels: Array<[string, string]> = [
  ['confirmation', 'Confirmation number'],
  ['order', 'Order number'],
  ['work\\s+order', 'Work order'],
  ['ticket', 'Ticket number'],
  ['case', 'Case number'],
  ['reference', 'Reference number'],
  ['ref\\.?', 'Reference number'],
  ['tracking', 'Tracking number'],
  ['service\\s+request', 'Request number'],
  ['request', 'Request number'],
  ['claim', 'Claim number'],
];

// label, then an optional noun ("number", "no.", "#", "ID", "code"), then connectors ("is", ":", "#"),
// then the value. The value starts and ends with a letter or digit; hyphens may join groups.
const pattern = new RegExp(
  String.raw`\b(${labels.map(([l]) => l).join('|')})(?![a-z])` +
    String.raw`(\s*(?:number|num\.?|no\.?|nbr|#|id|code)(?![a-z]))?` +
    String.raw`((?:\s*(?:(?:is|was)(?![a-z])|:|#|=|\())*)` +
    String.raw`\s*([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){2,39})(?![A-Za-z0-9-])`,
  'gi',
);

const labelNames = labels.map(([l, name]) => [new RegExp(`^${l}$`, 'i'), name] as const);

const MAX_RESULTS = 20;
const CONTEXT_CHARS = 80;

function plainLabel(word: string): string {
  return labelNames.find(([re]) => re.test(word.trim()))?.[1] ?? 'Reference number';
}

/** A value is a reference only if it has a digit and is not obviously something else. */
function looksLikeReference(value: string, strongLabel: boolean): boolean {
  if (!/\d/.test(value)) return false;
  if (value.length < 4 || value.length > 40) return false;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return false; // a date
  if (/^\d{1,2}-\d{1,2}-\d{2,4}$/.test(value)) return false; // a date
  if (/^1?-?\d{3}-\d{3}-\d{4}$/.test(value)) return false; // a phone number
  // After a bare word ("order 12345", "case 2026") ask for something that looks like a code.
  if (!strongLabel) return value.length >= 5 && !/^(19|20)\d\d$/.test(value);
  return true;
}

/**
 * The words around a number, whole words only: a cut side starts or ends at a space
 * and is marked with "…", so a quote never reads "Credit of $54.20 o".
 */
function contextAround(text: string, start: number, end: number): string {
  let from = Math.max(0, start - CONTEXT_CHARS);
  let to = Math.min(text.length, end + CONTEXT_CHARS);
  // Cut inside a word: drop that partial word (never the number's own words).
  if (from > 0 && /\S/.test(text[from - 1]!)) from = Math.min(start, nextSpace(text, from));
  if (to < text.length && /\S/.test(text[to]!)) to = Math.max(end, previousSpace(text, to));
  let context = text.slice(from, to).replace(/\s+/g, ' ').trim();
  let cutEnd = to < text.length;
  if (context.length > 198) {
    const cut = context.lastIndexOf(' ', 197);
    context = context.slice(0, cut > 0 ? cut : 197).trimEnd();
    cutEnd = true;
  }
  return `${from > 0 ? '…' : ''}${context}${cutEnd ? '…' : ''}`;
}

const nextSpace = (text: string, i: number) => {
  const m = /\s/.exec(text.slice(i));
  return m ? i + m.index : text.length;
};
const previousSpace = (text: string, i: number) => {
  const before = text.slice(0, i);
  return Math.max(before.search(/\s\S*$/), 0);
};

/** Every labelled reference number in a text, first occurrence of each value, at most 20. */
export function findReferenceNumbers(pageText: string): ReferenceNumber[] {
  const text = withoutBidiControls(pageText);
  const found: ReferenceNumber[] = [];
  const seen = new Set<string>();
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const [whole, word = '', noun, connectors = '', value = ''] = m;
    const strong = !!noun || /[:#=]|\bis\b|\bwas\b/i.test(connectors) || /^ticket$/i.test(word);
    if (!looksLikeReference(value, strong)) {
      // Let the next match start inside this one (the value may itself be a label word).
      pattern.lastIndex = m.index + word.length;
      continue;
    }
    const key = value.toUpperCase();
    if (seen.has(key)) continue;
    seen.add(key);
    found.push({ label: plainLabel(word), value, context: contextAround(text, m.index, m.index + whole.length) });
    if (found.length >= MAX_RESULTS) break;
  }
  return found;
}
