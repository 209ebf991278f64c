import { describe, expect, it } from 'vitest';
import { dayInZone, daysBetween, formatDate, formatDateTime, formatDay, formatInZone } from '../../lib/dates';

describe('dates shown to the user', () => {
  it("read as the browser's own locale writes them", () => {
    for (const day of ['2026-03-02', '2025-12-31', '2026-01-01']) {
      expect(formatDate(day)).toBe(
        new Date(`${day}T12:00:00`).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' }),
      );
    }
    for (const at of ['2026-03-02T09:05:00.000Z', '2026-11-22T23:59:00.000Z']) {
      expect(formatDateTime(at)).toBe(
        new Date(at).toLocaleString(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }),
      );
    }
  });

  it('show the calendar day of a stored date, whatever time it carries, and nothing for no date', () => {
    expect(formatDate('2026-03-02T23:30:00.000Z')).toBe(formatDate('2026-03-02'));
    expect(formatDate(undefined)).toBe('');
    expect(formatDate('')).toBe('');
  });
});

describe('times in a named time zone', () => {
  const norm = (s: string) => s.replace(/\s/g, ' ');
  it('writes 19:05 UTC as 2:05 PM EST in New York, 11:05 AM PST in Los Angeles, 9:05 AM HST in Honolulu', () => {
    expect(norm(formatInZone('2026-01-18T19:05:00.000Z', 'America/New_York'))).toBe('Jan 18, 2026, 2:05 PM EST');
    expect(norm(formatInZone('2026-01-18T19:05:00.000Z', 'America/Los_Angeles'))).toBe('Jan 18, 2026, 11:05 AM PST');
    expect(norm(formatInZone('2026-01-18T19:05:00.000Z', 'Pacific/Honolulu'))).toBe('Jan 18, 2026, 9:05 AM HST');
  });

  it('follows the change to daylight time on March 8, 2026 in New York (Honolulu has none)', () => {
    expect(norm(formatInZone('2026-03-08T06:30:00.000Z', 'America/New_York'))).toBe('Mar 8, 2026, 1:30 AM EST');
    expect(norm(formatInZone('2026-03-08T07:30:00.000Z', 'America/New_York'))).toBe('Mar 8, 2026, 3:30 AM EDT');
    expect(norm(formatInZone('2026-03-08T19:05:00.000Z', 'Pacific/Honolulu'))).toBe('Mar 8, 2026, 9:05 AM HST');
  });

  it('takes the calendar day in the zone: late evening in Los Angeles is already tomorrow in UTC', () => {
    expect(dayInZone('2026-03-11T05:30:00.000Z', 'America/Los_Angeles')).toBe('2026-03-10');
    expect(dayInZone('2026-03-11T05:30:00.000Z', 'America/New_York')).toBe('2026-03-11');
    expect(formatDay('2026-03-10')).toBe('March 10, 2026');
    expect(daysBetween('2026-03-01', '2026-03-10')).toBe(9);
  });
});
