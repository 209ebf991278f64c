import { describe, expect, it } from 'vitest';
import { Account, Contact, EstateCase, isoDate, isoDateTime, Task } from '../../../lib/model';
import { fieldErrors } from '../../../lib/model/errors';

const stamp = '2026-03-10T12:00:00.000Z';

describe('schemas', () => {
  it('accepts a complete case and trims names', () => {
    const c = EstateCase.parse({
      id: 'c1',
      deceasedName: '  Robert Miller ',
      dateOfDeath: '2026-03-02',
      userRole: 'child',
      createdAt: stamp,
      updatedAt: stamp,
    });
    expect(c.deceasedName).toBe('Robert Miller');
  });

  it('explains what is wrong in words a person understands', () => {
    const r = EstateCase.safeParse({
      id: 'c1',
      deceasedName: ' ',
      dateOfDeath: '2026-02-30',
      userRole: 'boss',
      createdAt: stamp,
      updatedAt: stamp,
    });
    expect(r.success).toBe(false);
    const errors = fieldErrors(r.error!);
    expect(errors.deceasedName).toBe('The name of the person who died is needed.');
    expect(errors.dateOfDeath).toBe('That date does not exist.');
    expect(errors.userRole).toBeDefined();
  });

  it('checks dates strictly', () => {
    expect(isoDate.safeParse('2026-3-2').success).toBe(false);
    expect(isoDate.safeParse('2024-02-29').success).toBe(true);
    expect(isoDate.safeParse('2025-02-29').success).toBe(false);
  });

  it('takes instants with an offset, within the years 1900 to 2200 only', () => {
    for (const ok of [stamp, '2026-03-10T12:00:00+05:00', '1900-01-01T00:00:00.000Z', '2200-12-31T23:59:59.999Z'])
      expect(isoDateTime.safeParse(ok).success, ok).toBe(true);
    // Kept in one form (UTC, milliseconds), so that instants compare and sort as text.
    expect(isoDateTime.parse('2026-03-10T12:00:00+05:00')).toBe('2026-03-10T07:00:00.000Z');
    expect(isoDateTime.parse('2026-03-10T12:00:00Z')).toBe('2026-03-10T12:00:00.000Z');
    expect(isoDateTime.parse(stamp)).toBe(stamp);
    for (const bad of ['9999-12-31T23:59:59.000Z', '1899-12-31T23:59:59.999Z', '2201-01-01T00:00:00.000Z', '1900-01-01T00:30:00+01:00']) {
      const r = isoDateTime.safeParse(bad);
      expect(r.success, bad).toBe(false);
      expect(r.error?.issues[0]?.message).toBe('That date is not possible here: it must be between the years 1900 and 2200.');
    }
  });

  it('refuses unknown intents and task states', () => {
    expect(
      Account.safeParse({ id: 'a', caseId: 'c', providerId: 'xfinity', intent: 'sell', createdAt: stamp, updatedAt: stamp }).success,
    ).toBe(false);
    expect(
      Task.safeParse({ id: 't', caseId: 'c', accountId: 'a', title: 'x', state: 'maybe', order: 0, createdAt: stamp, updatedAt: stamp })
        .success,
    ).toBe(false);
  });

  it('gives tasks empty links by default', () => {
    const t = Task.parse({ id: 't', caseId: 'c', accountId: 'a', title: 'x', state: 'todo', order: 0, createdAt: stamp, updatedAt: stamp });
    expect(t.links).toEqual({ contactIds: [], documentSentIds: [], evidenceIds: [] });
  });

  it('refuses a negative hold time', () => {
    const r = Contact.safeParse({
      id: 'k',
      caseId: 'c',
      accountId: 'a',
      at: stamp,
      channel: 'call',
      holdMinutes: -5,
      createdAt: stamp,
      updatedAt: stamp,
    });
    expect(fieldErrors(r.error!).holdMinutes).toBe('Time on hold cannot be negative.');
  });
});
