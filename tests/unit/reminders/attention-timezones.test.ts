/**
 * The rules run on the user's local calendar day. These tests switch the process's
 * time zone (Node re-reads process.env.TZ when it is assigned) and use a fake clock.
 */
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { localDate } from '../../../lib/dates';
import { addDays, datedItems, nextChange, type ReminderInput, reminders, startOfLocalDay } from '../../../lib/reminders/attention';

const originalTz = process.env.TZ;
afterEach(() => vi.useRealTimers());
afterAll(() => {
  process.env.TZ = originalTz;
});

const T = '2026-03-01T10:00:00.000Z';
const options = { ackDays: 14, providerOf: () => undefined };
const followUpOn = (day: string): ReminderInput => ({
  accounts: [{ id: 'a1', providerId: 'xfinity', updatedAt: T }],
  tasks: [],
  promises: [],
  devices: [],
  documentsSent: [],
  contacts: [{ id: 'c1', accountId: 'a1', at: T, followUpDate: day, updatedAt: T }],
  escalations: [],
});

describe('the same instant in different time zones', () => {
  it('a follow-up for 2026-03-10 is due in Auckland but not yet in Los Angeles', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-03-09T20:00:00Z')); // 09:00 on the 10th in Auckland, 13:00 on the 9th in LA
    const count = () => reminders(followUpOn('2026-03-10'), options, localDate(new Date())).summary.total.open;
    process.env.TZ = 'Pacific/Auckland';
    expect(localDate(new Date())).toBe('2026-03-10');
    expect(count()).toBe(1);
    process.env.TZ = 'America/Los_Angeles';
    expect(localDate(new Date())).toBe('2026-03-09');
    expect(count()).toBe(0);
  });
});

describe('daylight saving time changes', () => {
  it('New York, spring forward on 2026-03-08: the alarm falls at local midnight on either side', () => {
    process.env.TZ = 'America/New_York';
    const dated = datedItems(followUpOn('2026-03-08'), options);
    expect(nextChange(dated, '2026-03-07')?.toISOString()).toBe('2026-03-08T05:00:00.000Z'); // EST
    expect(nextChange(dated, '2026-03-08')?.toISOString()).toBe('2026-03-09T04:00:00.000Z'); // EDT: overdue from here
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-03-09T03:59:59Z')); // 23:59:59 on the 8th, EDT
    expect(reminders(followUpOn('2026-03-08'), options, localDate(new Date())).items[0]?.overdue).toBe(false);
    vi.setSystemTime(new Date('2026-03-09T04:00:00Z'));
    expect(reminders(followUpOn('2026-03-08'), options, localDate(new Date())).items[0]?.overdue).toBe(true);
  });

  it('London, fall back on 2026-10-25: a 25-hour day still has one midnight', () => {
    process.env.TZ = 'Europe/London';
    expect(startOfLocalDay('2026-10-25').toISOString()).toBe('2026-10-24T23:00:00.000Z'); // BST
    expect(startOfLocalDay('2026-10-26').toISOString()).toBe('2026-10-26T00:00:00.000Z'); // GMT
  });

  it('Santiago, where clocks skip midnight (2026-09-06 starts at 01:00): the day still starts on that day', () => {
    process.env.TZ = 'America/Santiago';
    const start = startOfLocalDay('2026-09-06');
    expect(localDate(start)).toBe('2026-09-06');
    expect(localDate(new Date(start.getTime() - 1))).toBe('2026-09-05');
  });

  it('every day of 2026 starts where localDate says it does, in zones with odd rules', () => {
    for (const tz of [
      'America/New_York',
      'Europe/London',
      'America/Santiago',
      'Australia/Lord_Howe',
      'Pacific/Chatham',
      'Asia/Kolkata',
      'UTC',
    ]) {
      process.env.TZ = tz;
      for (let day = '2026-01-01'; day < '2027-01-01'; day = addDays(day, 1)) {
        const start = startOfLocalDay(day);
        if (localDate(start) !== day || localDate(new Date(start.getTime() - 1)) !== addDays(day, -1)) {
          throw new Error(`${tz}: ${day} starts at ${start.toISOString()}`);
        }
      }
    }
    expect(process.env.TZ).toBe('UTC');
  });
});
