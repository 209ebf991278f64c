import { describe, expect, it } from 'vitest';
import { daysUnacknowledged } from '../../../lib/derived/states';
import { checkContact, checkDevice, checkDocumentSent, cleanForm } from '../../../lib/model/forms';

const stamp = '2026-03-10T12:00:00.000Z';

describe('form checks', () => {
  const now = new Date('2026-03-10T12:00:00Z');
  it('refuses past events dated in the future, and absurd values', () => {
    const base = { id: 'k', caseId: 'c', accountId: 'a', channel: 'call', createdAt: stamp, updatedAt: stamp };
    const future = checkContact({ ...base, at: '2026-03-12T12:00:00.000Z' }, now);
    expect(future.ok === false && future.errors.at).toMatch(/has not happened yet/);
    const negative = checkContact(cleanForm({ ...base, at: stamp, holdMinutes: '-5' }, ['holdMinutes']), now);
    expect(negative.ok === false && negative.errors.holdMinutes).toBe('Time on hold cannot be negative.');
    const words = checkContact(cleanForm({ ...base, at: stamp, holdMinutes: 'ten' }, ['holdMinutes']), now);
    expect(words.ok).toBe(false);
    expect(checkContact(cleanForm({ ...base, at: stamp, holdMinutes: '45', representative: '' }, ['holdMinutes']), now)).toMatchObject({
      ok: true,
      value: { holdMinutes: 45 },
    });
  });

  it('documents: required fields, sent not in the future, acknowledged after sending', () => {
    const base = { id: 'd', caseId: 'c', accountId: 'a', createdAt: stamp, updatedAt: stamp };
    const empty = checkDocumentSent(cleanForm({ ...base, recipient: '  ', sentOn: '2026-03-01' }), '2026-03-10');
    expect(empty.ok === false && empty.errors.recipient).toBe('Who it went to (department or person) is needed.');
    expect(empty.ok === false && empty.errors.document).toBeDefined();
    const ok = { ...base, document: 'death_certificate', recipient: 'Bereavement team', channel: 'fax', sentOn: '2026-03-05' };
    expect(checkDocumentSent(ok, '2026-03-10').ok).toBe(true);
    const later = checkDocumentSent({ ...ok, sentOn: '2026-03-11' }, '2026-03-10');
    expect(later.ok === false && later.errors.sentOn).toMatch(/has not happened yet/);
    const before = checkDocumentSent({ ...ok, acknowledgedOn: '2026-03-04' }, '2026-03-10');
    expect(before.ok === false && before.errors.acknowledgedOn).toBe('It cannot be acknowledged before it was sent.');
    expect(daysUnacknowledged({ sentOn: '2026-03-01' }, '2026-03-15')).toBe(14);
    expect(daysUnacknowledged({ sentOn: '2026-03-01', acknowledgedOn: '2026-03-03' }, '2026-03-15')).toBeNull();
  });

  it('devices: returned needs a date, not in the future', () => {
    const base = { id: 'd', caseId: 'c', accountId: 'a', kind: 'tv_box', label: 'Box', createdAt: stamp, updatedAt: stamp };
    const noDate = checkDevice({ ...base, state: 'returned' }, '2026-03-10');
    expect(noDate.ok === false && noDate.errors.returnedOn).toBe('When was it returned?');
    const future = checkDevice({ ...base, state: 'returned', returnedOn: '2026-03-11' }, '2026-03-10');
    expect(future.ok === false && future.errors.returnedOn).toMatch(/has not happened yet/);
    const noLabel = checkDevice({ ...base, label: '', state: 'pending' }, '2026-03-10');
    expect(noLabel.ok === false && noLabel.errors.label).toBe('A name for the device is needed.');
  });
});
