/**
 * Reference numbers a provider shows on a page ("Confirmation number: ABC123",
 * "Order #A-7781", "Case ID CS-0099812"), found in context so that ordinary
 * words and phone numbers are not taken for one. Pure: shared by the capture
 * (page text) and the content script (page signals).
 */

export interface DetectedReference {
  /** What the page called it, normalized: "Confirmation number". */
  label: string;
  /** The number itself, as shown: "ABC123". */
  value: string;
  /** The words around it, so a person can see where it came from. */
  context: string;
}

/** Label words as they appear on pages -> the name we show. */
const labels: Array<[RegExp, string]> = [
  [/confirmation/i, 'Confirmation number'],
  [/order/i, 'Order number'],
  [/ticket/i, 'Ticket number'],
  [/case/i, 'Case number'],
  [/reference|\bref\b/i, 'Reference number'],
  [/tracking/i, 'Tracking number'],
  [/(service\s+)?request/i, 'Request number'],
  [/claim/i, 'Claim number'],
  [/work\s+order/i, 'Work order'],
];

// A label, an optional "number/no./#/ID/code", optional "is", a separator, then the value.
// The value must hold a digit: "Order status: Pending" is no reference.
const pattern =
  /\b(confirmation|work\s+order|order|ticket|case|reference|ref|tracking|(?:service\s+)?request|claim)\s*(?:number|num\.?|no\.?|#|id|code)?\s*(?:number\s*)?(?:is\s*)?[:#\-–]?\s*#?\s*([A-Z0-9](?:[A-Z0-9-]{1,38})[A-Z0-9])\b/gi;

const MAX_RESULTS = 20;

function labelFor(word: string): string {
  const w = word.replace(/\s+/g, ' ');
  if (/work order/i.test(w)) return 'Work order';
  for (const [re, name] of labels) if (re.test(w)) return name;
  return 'Reference number';
}

function around(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 60);
  const to = Math.min(text.length, end + 60);
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`.replace(/\s+/g, ' ').trim().slice(0, 200);
}

/** Every distinct reference number on a page's visible text, in page order (at most 20). */
export function detectReferences(text: string): DetectedReference[] {
  const found: DetectedReference[] = [];
  const seen = new Set<string>();
  // Bounded: a hostile page can make its text huge, the numbers we want are near the top.
  const scanned = text.slice(0, 500_000);
  const re = new RegExp(pattern.source, pattern.flags);
  for (let m = re.exec(scanned); m; m = re.exec(scanned)) {
    const value = m[2]!;
    const plausible =
      /\d/.test(value) &&
      // "ID: 04-12-2026" is a date, "1-800-934-6489" a phone number: neither is a reference.
      !/^\d{1,2}-\d{1,2}-\d{2,4}$/.test(value) &&
      !/^1?-?\d{3}-\d{3}-\d{4}$/.test(value);
    if (!plausible) {
      // "Confirmation\nConfirmation number: X1": look again right after the first label word.
      re.lastIndex = m.index + m[1]!.length;
      continue;
    }
    const key = value.toUpperCase();
    if (seen.has(key)) continue;
    seen.add(key);
    found.push({ label: labelFor(m[1]!), value, context: around(scanned, m.index, m.index + m[0].length) });
    if (found.length >= MAX_RESULTS) break;
  }
  return found;
}
