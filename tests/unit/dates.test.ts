import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from '../../lib/dates';

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
