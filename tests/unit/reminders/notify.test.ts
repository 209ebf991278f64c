import { describe, expect, it } from 'vitest';
import { useLanguage } from '../../../lib/i18n';
import type { AttentionItem } from '../../../lib/reminders/attention';
import {
  describeItem,
  emptyLog,
  lockedMessage,
  notificationId,
  parseLog,
  parseNotificationId,
  recordNotified,
  SNOOZE_CHOICES,
  snooze,
  toNotify,
} from '../../../lib/reminders/notify';

const item = (key: string, over: Partial<AttentionItem> = {}): AttentionItem => ({
  key,
  kind: 'follow_up',
  accountId: 'acc-1',
  subject: 'Call back billing',
  due: '2026-03-10',
  from: '2026-03-10',
  updatedAt: '2026-03-01T00:00:00Z',
  overdue: false,
  ...over,
});

describe('notifications', () => {
  it('shows each item at most once a day, again the next day while it still needs attention', () => {
    const items = [item('a'), item('b')];
    const first = toNotify(items, emptyLog(), '2026-03-10');
    expect(first.map((i) => i.key)).toEqual(['a', 'b']);
    const log = recordNotified(emptyLog(), first, items, '2026-03-10');
    expect(toNotify(items, log, '2026-03-10')).toEqual([]);
    expect(toNotify(items, log, '2026-03-11').map((i) => i.key)).toEqual(['a', 'b']);
  });

  it('snoozes until tomorrow or for a week', () => {
    const items = [item('a'), item('b')];
    let log = snooze(emptyLog(), 'a', '2026-03-10', 1);
    log = snooze(log, 'b', '2026-03-10', 7);
    expect(toNotify(items, log, '2026-03-10')).toEqual([]);
    expect(toNotify(items, log, '2026-03-11').map((i) => i.key)).toEqual(['a']);
    expect(toNotify(items, log, '2026-03-17').map((i) => i.key)).toEqual(['a', 'b']);
  });

  it('forgets items that no longer need attention and expired snoozes', () => {
    let log = recordNotified(emptyLog(), [item('a'), item('b')], [item('a'), item('b')], '2026-03-10');
    log = snooze(log, 'a', '2026-03-10', 1);
    const next = recordNotified(log, [], [item('a')], '2026-03-12');
    expect(next).toEqual({ notified: { a: '2026-03-10' }, snoozed: {} });
  });

  it('a damaged stored log starts afresh', () => {
    expect(parseLog({ notified: { a: 'soon' } })).toEqual(emptyLog());
    expect(parseLog(undefined)).toEqual(emptyLog());
  });

  it('ids carry the account and item; other ids are not ours', () => {
    const id = notificationId(item('follow_up:contact:c1'));
    expect(parseNotificationId(id)).toEqual({ accountId: 'acc-1', key: 'follow_up:contact:c1' });
    expect(parseNotificationId('something-else')).toBeUndefined();
  });

  it('says what is due in plain words', () => {
    expect(
      describeItem(item('p', { kind: 'promise_broken', due: '2026-03-09', overdue: true, subject: 'Refund the deposit' }), 'Xfinity'),
    ).toEqual({
      title: 'Xfinity: Promise not kept (was due Mar 9, 2026)',
      message: 'Refund the deposit',
    });
    expect(describeItem(item('d', { kind: 'device_return', due: '2026-03-12', subject: 'Modem' }), 'Xfinity').title).toBe(
      'Xfinity: Return by Mar 12, 2026',
    );
    expect(describeItem(item('u', { kind: 'device_return', due: '2026-03-01', undated: true, subject: 'Modem' }), 'Xfinity').title).toBe(
      'Xfinity: Not returned yet',
    );
    // Counted from the day it was sent (Nov 10), not from the day the chase became due (Nov 24).
    const doc = item('s', { kind: 'document_unacknowledged', due: '2026-11-24', since: '2026-11-10', subject: 'Death certificate' });
    expect(describeItem(doc, 'Xfinity').title).toBe('Xfinity: No acknowledgment since it was sent on Nov 10, 2026');
  });

  it('speaks the chosen language: Spanish words, Spanish dates, the snooze buttons too', async () => {
    await useLanguage('es');
    try {
      const promise = item('p', { kind: 'promise_broken', due: '2026-03-09', overdue: true, subject: 'Refund the deposit' });
      expect(describeItem(promise, 'Xfinity')).toEqual({
        title: 'Xfinity: Promesa sin cumplir (era para el 9 mar 2026)',
        message: 'Refund the deposit',
      });
      expect(describeItem(item('d', { kind: 'device_return', due: '2026-03-12' }), 'Xfinity').title).toBe(
        'Xfinity: Devolver antes del 12 mar 2026',
      );
      expect(describeItem(promise, 'Xfinity', true).message).toBe(lockedMessage());
      expect(lockedMessage()).toMatch(/^Sus registros están bloqueados/);
      expect(SNOOZE_CHOICES.map((c) => c.title())).toEqual(['Recordármelo mañana', 'Recordármelo en una semana']);
    } finally {
      await useLanguage('en');
    }
    expect(SNOOZE_CHOICES.map((c) => c.title())).toEqual(['Remind me tomorrow', 'Remind me in a week']);
  });
});
