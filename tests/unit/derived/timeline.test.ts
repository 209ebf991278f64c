import { describe, expect, it } from 'vitest';
import { timelineOf } from '../../../lib/complaints/history';
import { newestLog, type TimelineItem, timelineItems } from '../../../lib/derived/timeline';
import type { Contact, Device, DocumentSent, Escalation } from '../../../lib/model';
import { seededRandom } from '../seededRandom';

const stamp = '2026-03-01T00:00:00.000Z';
const call = (id: string, at: string, accountId = 'a1') =>
  ({ id, caseId: 'k', accountId, at, channel: 'call', createdAt: stamp, updatedAt: stamp }) as Contact;
const escalation = (id: string, on: string, accountId = 'a1', createdAt = stamp) =>
  ({
    id,
    caseId: 'k',
    accountId,
    level: 'regulator',
    rung: 'fcc',
    to: 'Federal Communications Commission',
    on,
    createdAt,
    updatedAt: stamp,
  }) as Escalation;
const document = (id: string, sentOn: string) =>
  ({
    id,
    caseId: 'k',
    accountId: 'a1',
    document: 'death_certificate',
    sentOn,
    recipient: 'Bereavement team',
    createdAt: stamp,
    updatedAt: stamp,
  }) as DocumentSent;
const device = (id: string, returnedOn?: string) =>
  ({
    id,
    caseId: 'k',
    accountId: 'a1',
    kind: 'cable_modem',
    label: 'Modem',
    state: returnedOn ? 'returned' : 'pending',
    returnedOn,
    createdAt: stamp,
    updatedAt: stamp,
  }) as Device;

const ids = (items: TimelineItem[]) =>
  items.map((i) =>
    i.kind === 'contact' ? i.contact.id : i.kind === 'escalation' ? i.escalation.id : i.kind === 'document' ? i.document.id : i.device.id,
  );

describe('the one timeline of an account', () => {
  it('puts calls in time order and an escalation after that day’s calls, the day read in the user’s time zone', () => {
    // 9:30 PM on March 10 in New York is March 11 in UTC.
    const records = {
      contacts: [
        call('late-evening', '2026-03-11T01:30:00.000Z'),
        call('morning', '2026-03-10T14:00:00.000Z'),
        call('next-day', '2026-03-11T15:00:00.000Z'),
      ],
      escalations: [escalation('fcc', '2026-03-10')],
    };
    expect(ids(timelineItems(records, 'America/New_York'))).toEqual(['morning', 'late-evening', 'fcc', 'next-day']);
    expect(ids(timelineItems(records, 'UTC'))).toEqual(['morning', 'fcc', 'late-evening', 'next-day']);
  });

  it('on one day: documents sent, devices returned, then escalations; escalations of a day by when they were recorded', () => {
    const items = timelineItems(
      {
        contacts: [call('c', '2026-03-10T15:00:00.000Z')],
        escalations: [
          escalation('second', '2026-03-10', 'a1', '2026-03-10T20:00:00.000Z'),
          escalation('first', '2026-03-10', 'a1', '2026-03-10T19:00:00.000Z'),
        ],
        documentsSent: [document('doc', '2026-03-10')],
        devices: [device('modem', '2026-03-10'), device('kept-at-home')],
      },
      'America/New_York',
    );
    expect(ids(items)).toEqual(['c', 'doc', 'modem', 'first', 'second']);
  });

  it('places escalations before the first call, between calls, and after the last', () => {
    const items = timelineItems(
      {
        contacts: [call('c1', '2026-03-05T15:00:00.000Z'), call('c2', '2026-03-09T15:00:00.000Z')],
        escalations: [escalation('e0', '2026-03-01'), escalation('e1', '2026-03-07'), escalation('e2', '2026-03-20')],
      },
      'America/Los_Angeles',
    );
    expect(ids(items)).toEqual(['e0', 'c1', 'e1', 'c2', 'e2']);
  });

  it('keeps 2,000 calls in order with an escalation among them', () => {
    const contacts = Array.from({ length: 2000 }, (_, i) =>
      call(`c${i}`, new Date(Date.UTC(2026, 0, 1, 15) + i * 3_600_000).toISOString()),
    );
    const items = timelineItems({ contacts: [...contacts].reverse(), escalations: [escalation('e', '2026-01-10')] }, 'UTC');
    const order = ids(items);
    expect(order).toHaveLength(2001);
    // After the last call of January 10, before the first of January 11.
    const at = order.indexOf('e');
    expect(contacts[at - 1]!.at.slice(0, 10)).toBe('2026-01-10');
    expect(contacts[at]!.at.slice(0, 10)).toBe('2026-01-11');
  });

  it('is the order of the report’s timeline too, each event with its account', () => {
    const events = timelineOf(
      {
        contacts: [call('c1', '2026-03-10T14:00:00.000Z', 'a1'), call('c2', '2026-03-10T16:00:00.000Z', 'a2')],
        promises: [],
        documentsSent: [],
        devices: [],
        escalations: [escalation('e', '2026-03-10', 'a2')],
      },
      { today: '2026-03-20', timeZone: 'America/New_York' },
    );
    expect(events.map((e) => [e.what, e.accountId])).toEqual([
      ['Phone call', 'a1'],
      ['Phone call', 'a2'],
      ['Escalated', 'a2'],
    ]);
    expect(events[2]!.detail).toBe('Taken to Federal Communications Commission.');
  });
});

describe('the newest part of the log, from the newest calls only', () => {
  const id = (e: TimelineItem) => (e.kind === 'contact' ? e.contact.id : e.kind === 'escalation' ? e.escalation.id : '');

  it('is the whole log, newest first, down to the oldest call read; an older escalation waits for the calls around it', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const next = seededRandom(seed);
      const day = (n: number) => `2026-03-${String(1 + n).padStart(2, '0')}`;
      // Calls over ten days, several at the same instant; escalations on some of those days.
      const calls = Array.from({ length: Math.floor(next() * 60) }, (_, i) =>
        call(
          `c${String(Math.floor(next() * 1e4)).padStart(4, '0')}-${i}`,
          `${day(Math.floor(next() * 10))}T${10 + Math.floor(next() * 3)}:00:00.000Z`,
        ),
      );
      const escalations = Array.from({ length: Math.floor(next() * 6) }, (_, i) => escalation(`e${i}`, day(Math.floor(next() * 11))));
      // The whole log as the full read makes it: every call, in the account index's order (by id).
      const byId = [...calls].sort((a, b) => (a.id < b.id ? -1 : 1));
      const whole = timelineItems({ contacts: byId, escalations }, 'America/New_York').reverse();
      // The calls as the [accountId+at] index gives them newest first: of one instant, the greater id first.
      const newestFirst = [...calls].sort((a, b) => (a.at === b.at ? (a.id < b.id ? 1 : -1) : a.at < b.at ? 1 : -1));
      for (const n of [0, 1, 5, 20, newestFirst.length]) {
        const read = newestFirst.slice(0, n);
        const complete = read.length === calls.length;
        const log = newestLog(read, escalations, complete, 'America/New_York');
        expect(log.map(id)).toEqual(whole.slice(0, log.length).map(id));
        expect(log.filter((e) => e.kind === 'contact').map(id)).toEqual(read.map((c) => c.id));
        if (complete) expect(log).toHaveLength(whole.length);
        else if (read.length > 0) expect(log.at(-1)?.kind).toBe('contact');
      }
    }
  });
});
