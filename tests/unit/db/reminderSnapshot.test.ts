import { describe, expect, it } from 'vitest';
import { addAccount, createCase } from '../../../lib/db/caseWrites';
import { db } from '../../../lib/db/database';
import { readReminderSettings, saveReminderSettings } from '../../../lib/db/reminderSettings';
import { reminderSnapshot } from '../../../lib/db/reminderSnapshot';
import { providerById } from '../../../lib/providers';
import { useFreshDatabase } from '../freshDb';

useFreshDatabase('reminders');

const stamp = '2026-03-01T10:00:00.000Z';

describe('reminder snapshot from the database', () => {
  it('reads the active case, applies the settings, and uses the registry return window', async () => {
    const c = await createCase({ deceasedName: 'R', dateOfDeath: '2026-02-20', userRole: 'child' });
    const directv = await addAccount(c.id, providerById('directv')!, 'close');
    await db().accounts.update(directv.id, { disconnectDate: '2026-03-01' }); // + 21 days = 2026-03-22
    await db().devices.add({
      id: 'd1',
      caseId: c.id,
      accountId: directv.id,
      kind: 'satellite_receiver',
      label: 'Receiver',
      state: 'pending',
      createdAt: stamp,
      updatedAt: stamp,
    });
    await db().documentsSent.add({
      id: 's1',
      caseId: c.id,
      accountId: directv.id,
      document: 'death_certificate',
      recipient: 'Bereavement',
      channel: 'mail',
      sentOn: '2026-03-10',
      createdAt: stamp,
      updatedAt: stamp,
    });

    const at20 = await reminderSnapshot(new Date(2026, 2, 20, 12));
    expect(at20.items.map((i) => i.key)).toEqual(['device_return:d1']);
    // A provider's count is what needs attention there (the receiver), not every open step.
    expect(at20.summary.byProvider.get('directv')).toEqual({
      open: 1,
      overdue: 0,
      what: [{ noun: 'satellite_receiver', state: 'notReturned' }],
    });
    expect(at20.next).toEqual(new Date(2026, 2, 23)); // the window ends on the 22nd: overdue from the 23rd

    const before = at20.dated.find((d) => d.key === 'document_unacknowledged:s1')!;
    await saveReminderSettings({ ackDays: 7 }, new Date('2026-03-20T08:00:00Z'));
    const at20b = await reminderSnapshot(new Date(2026, 2, 20, 12));
    expect(at20b.items.map((i) => i.key)).toEqual(['document_unacknowledged:s1', 'device_return:d1']);
    expect(at20b.summary.total).toMatchObject({ open: 2, overdue: 1 });
    // The chase date moved, so the calendar event must say it changed (SEQUENCE follows updatedAt).
    const after = at20b.dated.find((d) => d.key === 'document_unacknowledged:s1')!;
    expect([before.due, after.due]).toEqual(['2026-03-24', '2026-03-17']);
    expect(after.updatedAt > before.updatedAt).toBe(true);
  });

  it('refuses invalid settings and keeps the stored ones', async () => {
    expect(await readReminderSettings()).toEqual({ notifications: true, ackDays: 14, escalateDays: 14 });
    await saveReminderSettings({ notifications: false });
    await expect(saveReminderSettings({ ackDays: 0 })).rejects.toThrow();
    await expect(saveReminderSettings({ ackDays: 2.5 })).rejects.toThrow();
    expect(await readReminderSettings()).toMatchObject({ notifications: false, ackDays: 14 });
  });

  it('keeps the days late before the escalation ladder is offered, whole days from 1 to 365', async () => {
    await saveReminderSettings({ escalateDays: 7 });
    expect((await readReminderSettings()).escalateDays).toBe(7);
    for (const wrong of [0, 366, 1.5, Number.NaN]) await expect(saveReminderSettings({ escalateDays: wrong })).rejects.toThrow();
    expect(await readReminderSettings()).toMatchObject({ ackDays: 14, escalateDays: 7 });
  });

  it('an empty database needs nothing', async () => {
    const snap = await reminderSnapshot(new Date(2026, 2, 20));
    expect(snap.summary.total).toEqual({ open: 0, overdue: 0, what: [] });
    expect(snap.next).toBeUndefined();
  });
});

describe('reminder settings saved in quick succession', () => {
  it('keep both changes (no lost update)', async () => {
    await Promise.all([saveReminderSettings({ ackDays: 60 }), saveReminderSettings({ notifications: false })]);
    expect(await readReminderSettings()).toMatchObject({ ackDays: 60, notifications: false });
  });
});
