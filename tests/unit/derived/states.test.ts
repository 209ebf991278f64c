import { describe, expect, it } from 'vitest';
import { addDays, dashboardOrder, deviceDeadline, maskAccountNumber, promiseStatus, settledCount } from '../../../lib/derived/states';
import { type Provider, providerById } from '../../../lib/providers';
import { aDevice } from '../../fixtures/records';

const xfinity = providerById('xfinity')!;

describe('promises', () => {
  it('pending, broken once the date passes, kept when the user says so', () => {
    expect(promiseStatus({ dueDate: '2026-03-15' }, '2026-03-15')).toBe('pending');
    expect(promiseStatus({ dueDate: '2026-03-15' }, '2026-03-16')).toBe('broken');
    expect(promiseStatus({ dueDate: '2026-03-15', resolution: 'kept' }, '2026-04-01')).toBe('kept');
    expect(promiseStatus({ dueDate: '2026-03-15', resolution: 'not_kept' }, '2026-03-10')).toBe('broken');
  });
});

describe('devices', () => {
  const directv = {
    equipment: {
      kinds: [],
      returnMethods: [],
      fees: [{ device: 'dvr' as const, upToUsd: 135, source: 's' }],
      notes: [],
      returnWindowDays: { days: 21, source: 's' },
    },
  } as unknown as Provider;

  it('is overdue past the return window counted from the disconnect date, with its known fee', () => {
    const dvr = aDevice({ kind: 'dvr' });
    expect(deviceDeadline(dvr, { disconnectDate: '2026-03-01' }, directv, '2026-03-22')).toEqual({
      returnBy: '2026-03-22',
      basis: 'return_window',
      overdue: false,
      feeUsd: 135,
    });
    expect(deviceDeadline(dvr, { disconnectDate: '2026-03-01' }, directv, '2026-03-23').overdue).toBe(true);
    expect(deviceDeadline({ ...dvr, state: 'returned' }, { disconnectDate: '2026-03-01' }, directv, '2026-04-23').overdue).toBe(false);
  });

  it('a date the provider gave wins; an unknown window stays unknown (pending, not overdue)', () => {
    expect(deviceDeadline(aDevice({ returnBy: '2026-03-05' }), { disconnectDate: '2026-03-01' }, directv, '2026-03-06')).toMatchObject({
      returnBy: '2026-03-05',
      basis: 'provider_date',
      overdue: true,
    });
    expect(deviceDeadline(aDevice({}), { disconnectDate: '2026-03-01' }, xfinity, '2027-01-01')).toEqual({
      returnBy: undefined,
      basis: undefined,
      overdue: false,
      feeUsd: undefined,
    });
  });
});

describe('helpers', () => {
  it('masks account numbers except the last four', () => {
    expect(maskAccountNumber('8499 0512 3456 7890')).toBe('•••• 7890');
    expect(maskAccountNumber('123')).toBe('•••');
    expect(maskAccountNumber(undefined)).toBe('');
  });
  it('adds days across months and DST changes', () => {
    expect(addDays('2026-03-01', 21)).toBe('2026-03-22');
    expect(addDays('2026-10-25', 10)).toBe('2026-11-04');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });
  it('orders the dashboard: urgent first, done last', () => {
    const base = {
      providerId: 'xfinity',
      intent: 'close' as const,
      status: 'in_progress' as const,
      open: 1,
      overdue: 0,
      devicesOut: 0,
      devicesOverdue: 0,
      brokenPromises: 0,
    };
    const rows = [
      { ...base, accountId: 'done', status: 'done' as const, open: 0 },
      { ...base, accountId: 'calm' },
      { ...base, accountId: 'broken', brokenPromises: 1 },
    ].sort(dashboardOrder);
    expect(rows.map((r) => r.accountId)).toEqual(['broken', 'calm', 'done']);
    expect(settledCount(rows)).toEqual({ settled: 1, total: 3 });
    expect(settledCount([])).toEqual({ settled: 0, total: 0 });
  });
});
