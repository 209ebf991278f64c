import { describe, expect, it } from 'vitest';
import { describeItem, lockedMessage } from '../../../lib/reminders/notify';
import { locksOnIdle } from '../../../lib/vault/config';
import { afterFailure, describeWait, waitAfter, waitLeft } from '../../../lib/vault/rateLimit';

describe('the wait after wrong passphrases', () => {
  it('three free tries, then 30 s doubling each time, at most 15 minutes', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 10, 40].map(waitAfter)).toEqual([0, 0, 0, 30_000, 60_000, 120_000, 240_000, 900_000, 900_000]);
  });
  it('counts from the last failure, and a clock set back does not stretch it', () => {
    let tries = afterFailure(undefined, 1_000);
    tries = afterFailure(tries, 2_000);
    tries = afterFailure(tries, 3_000);
    expect(waitLeft(tries, 3_000)).toBe(30_000);
    expect(waitLeft(tries, 20_000)).toBe(13_000);
    expect(waitLeft(tries, 33_000)).toBe(0);
    expect(waitLeft(tries, -1_000_000)).toBe(30_000);
    expect(waitLeft(undefined, 0)).toBe(0);
  });
  it('says the wait in words', () => {
    expect([1_000, 22_000, 60_000, 61_000, 900_000].map(describeWait)).toEqual([
      '1 second',
      '22 seconds',
      '1 minute',
      '2 minutes',
      '15 minutes',
    ]);
  });
});

describe('locking by itself', () => {
  it('locks when the computer sits unused or its screen locks, unless the user chose only when the browser closes', () => {
    expect(locksOnIdle('idle', 30)).toBe(true);
    expect(locksOnIdle('locked', 5)).toBe(true);
    expect(locksOnIdle('active', 30)).toBe(false);
    expect(locksOnIdle('idle', 0)).toBe(false);
    expect(locksOnIdle('locked', 0)).toBe(false);
    expect(locksOnIdle('idle', undefined)).toBe(false);
  });
});

describe('notifications while locked', () => {
  it('name the provider and the kind of reminder, never the personal text', () => {
    const item = {
      key: 'promise_broken:p1',
      kind: 'promise_broken',
      accountId: 'a',
      subject: 'Refund to Ann Miller',
      due: '2026-03-05',
      from: '2026-03-06',
      updatedAt: '',
      overdue: true,
    } as const;
    expect(describeItem(item, 'Xfinity')).toEqual({
      title: 'Xfinity: Promise not kept (was due Mar 5, 2026)',
      message: 'Refund to Ann Miller',
    });
    expect(describeItem(item, 'Xfinity', true)).toEqual({
      title: 'Xfinity: Promise not kept (was due Mar 5, 2026)',
      message: lockedMessage(),
    });
  });
});
