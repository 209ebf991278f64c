/**
 * Due dates and follow-ups as an iCalendar file (RFC 5545). Each event's UID is
 * derived from the record it comes from, so importing the file again updates the
 * events instead of adding copies; SEQUENCE grows when the record changes.
 */
import { addDays, type DatedItem, type ReminderKind } from './attention';

const PRODID = '-//Estate Accounts Helper//Reminders//EN';
const UID_DOMAIN = 'estate-accounts-helper.invalid';
/** SEQUENCE counts seconds since this instant, so it only grows as records change. */
const SEQUENCE_EPOCH = Date.UTC(2024, 0, 1);

const summaries: Record<ReminderKind, (subject: string) => string> = {
  task_due: (s) => s,
  promise_broken: (s) => `Promise due: ${s}`,
  device_return: (s) => `Last day to return ${s}`,
  document_unacknowledged: (s) => `Check it arrived: ${s}`,
  follow_up: (s) => `Follow up: ${s}`,
  escalation_answer: (s) => `Expected: ${s}`,
};

/** TEXT value escaping (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets, never inside a UTF-8 character (§3.1). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    // Continuation lines start with a space, which counts toward their 75.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const day = (iso: string) => iso.replace(/-/g, '');
const stamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

export interface CalendarOptions {
  /** When the file is made (DTSTAMP). */
  now: Date;
  providerName: (accountId: string) => string;
  calendarName?: string;
}

/** The whole calendar, CRLF line endings, ready to save as `.ics`. */
export function toIcs(items: readonly DatedItem[], options: CalendarOptions): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (options.calendarName) lines.push(`X-WR-CALNAME:${escapeText(options.calendarName)}`);
  const sorted = [...items].sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const item of sorted) {
    const changed = Date.parse(item.updatedAt);
    const provider = options.providerName(item.accountId);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${item.key.replace(/:/g, '-')}@${UID_DOMAIN}`,
      `DTSTAMP:${stamp(options.now)}`,
      `LAST-MODIFIED:${stamp(new Date(changed))}`,
      `SEQUENCE:${Math.max(0, Math.floor((changed - SEQUENCE_EPOCH) / 1000))}`,
      `DTSTART;VALUE=DATE:${day(item.due)}`,
      `DTEND;VALUE=DATE:${day(addDays(item.due, 1))}`,
      `SUMMARY:${escapeText(`${provider}: ${summaries[item.kind](item.subject)}`)}`,
      `DESCRIPTION:${escapeText(
        item.from < item.due ? `Needs attention from ${item.from}.\nFrom Estate Accounts Helper.` : 'From Estate Accounts Helper.',
      )}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
