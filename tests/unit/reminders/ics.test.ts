import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { DatedItem } from '../../../lib/reminders/attention';
import { escapeText, foldLine, toIcs } from '../../../lib/reminders/ics';

const items: DatedItem[] = [
  {
    key: 'device_return:d1',
    kind: 'device_return',
    accountId: 'a1',
    subject: 'Cable modem, the black one; serial 12\\34',
    due: '2026-03-22',
    from: '2026-03-19',
    updatedAt: '2026-03-02T09:00:00.000Z',
  },
  {
    key: 'follow_up:contact:c1',
    kind: 'follow_up',
    accountId: 'a1',
    subject: 'Contact with Billing — Dana said: "we will call back"\nwith the refund. Ça va, 東京 ✓ '.repeat(3),
    due: '2026-03-10',
    from: '2026-03-10',
    updatedAt: '2026-03-01T10:00:00.000Z',
  },
];
const now = new Date('2026-03-05T12:34:56.789Z');
const parse = (text: string) => new ICAL.Component(ICAL.parse(text));
const events = (text: string) =>
  parse(text)
    .getAllSubcomponents('vevent')
    .map((v) => new ICAL.Event(v));

describe('calendar export (RFC 5545)', () => {
  const text = toIcs(items, { now, providerName: () => 'Xfinity', calendarName: 'Robert Miller, estate' });

  it('parses with ical.js into all-day events with the right dates, summaries and escaping', () => {
    const cal = parse(text);
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    // ical.js leaves X- properties raw: the TEXT escaping is visible.
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe('Robert Miller\\, estate');
    const [first, second] = events(text);
    expect(first!.startDate.isDate).toBe(true);
    expect(first!.startDate.toString()).toBe('2026-03-10');
    expect(first!.endDate.toString()).toBe('2026-03-11');
    expect(first!.summary).toBe(`Xfinity: Follow up: ${items[1]!.subject}`);
    expect(second!.summary).toBe('Xfinity: Last day to return Cable modem, the black one; serial 12\\34');
    expect(second!.startDate.toString()).toBe('2026-03-22');
    expect(second!.description).toContain('Needs attention from 2026-03-19.');
    expect(second!.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-03-05T12:34:56Z');
  });

  it('uses CRLF, folds every line at 75 octets without splitting a character', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n');
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(text).not.toContain('\uFFFD');
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
    expect(foldLine(`${'x'.repeat(74)}é`)).toBe(`${'x'.repeat(74)}\r\n é`); // é is 2 octets: it moves whole
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('keeps UIDs stable and raises SEQUENCE when a record changes, so a re-import updates', () => {
    const later = toIcs([{ ...items[0]!, due: '2026-03-25', updatedAt: '2026-03-04T08:00:00.000Z' }, items[1]!], {
      now: new Date('2026-03-06T00:00:00Z'),
      providerName: () => 'Xfinity',
    });
    const before = new Map(events(text).map((e) => [e.uid, e]));
    const after = new Map(events(later).map((e) => [e.uid, e]));
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    expect(new Set(after.keys()).size).toBe(2);
    const uid = 'device_return-d1@estate-accounts-helper.invalid';
    expect(after.get(uid)!.sequence).toBeGreaterThan(before.get(uid)!.sequence);
    expect(after.get(uid)!.startDate.toString()).toBe('2026-03-25');
    const unchanged = 'follow_up-contact-c1@estate-accounts-helper.invalid';
    expect(after.get(unchanged)!.sequence).toBe(before.get(unchanged)!.sequence);
  });

  it('an empty case is still a valid calendar', () => {
    expect(events(toIcs([], { now, providerName: () => '' }))).toEqual([]);
  });
});
