import { describe, expect, it } from 'vitest';
import { escalationView, triggerSentence } from '../../../lib/escalation/offer';
import { escalationTriggers, type TriggerRecords } from '../../../lib/escalation/triggers';
import type { Escalation } from '../../../lib/model';
import { providerById } from '../../../lib/providers';
import { testAuthorities } from './fixtures';

const options = { escalateDays: 14, ackDays: 14 };
const none: TriggerRecords = { tasks: [], promises: [], documents: [], contacts: [] };
const records = (over: Partial<TriggerRecords>): TriggerRecords => ({ ...none, ...over });
const kinds = (r: TriggerRecords, today: string, o = options) => escalationTriggers(r, today, o).map((t) => t.kind);

describe('when the ladder is offered', () => {
  it('is not offered while nothing went wrong', () => {
    expect(kinds(none, '2026-11-30')).toEqual([]);
  });

  describe('a broken promise', () => {
    const promise = { id: 'p1', what: 'Refund the deposit', dueDate: '2026-11-03' };
    it('offers it the day after the promised date, not before, and not once it was kept', () => {
      expect(kinds(records({ promises: [promise] }), '2026-11-03')).toEqual([]);
      expect(kinds(records({ promises: [promise] }), '2026-11-04')).toEqual(['promise_broken']);
      expect(kinds(records({ promises: [{ ...promise, resolution: 'kept', resolvedOn: '2026-11-05' }] }), '2026-11-30')).toEqual([]);
    });
    it('offers it at once when the user says it was not kept', () => {
      const said = { ...promise, resolution: 'not_kept' as const, resolvedOn: '2026-11-01' };
      expect(escalationTriggers(records({ promises: [said] }), '2026-11-01', options)).toEqual([
        { kind: 'promise_broken', since: '2026-11-01', promise: said },
      ]);
    });
  });

  describe('an overdue step', () => {
    const step = { id: 't1', title: 'Get the final bill', state: 'todo' as const, dueDate: '2026-11-01' };
    it('offers it once the step has been overdue for the chosen number of days', () => {
      expect(kinds(records({ tasks: [step] }), '2026-11-14')).toEqual([]);
      expect(escalationTriggers(records({ tasks: [step] }), '2026-11-15', options)).toEqual([
        { kind: 'step_overdue', since: '2026-11-01', days: 14, step },
      ]);
      expect(kinds(records({ tasks: [step] }), '2026-11-08', { ...options, escalateDays: 7 })).toEqual(['step_overdue']);
    });
    it('not for a step done, skipped or without a date, nor for a promise’s follow-up (the promise stands for it)', () => {
      const late = '2026-12-30';
      expect(kinds(records({ tasks: [{ ...step, state: 'done' }] }), late)).toEqual([]);
      expect(kinds(records({ tasks: [{ ...step, state: 'skipped' }] }), late)).toEqual([]);
      expect(kinds(records({ tasks: [{ ...step, dueDate: undefined }] }), late)).toEqual([]);
      expect(kinds(records({ tasks: [{ ...step, promiseId: 'p1' }] }), late)).toEqual([]);
      expect(kinds(records({ tasks: [{ ...step, state: 'waiting' }] }), late)).toEqual(['step_overdue']);
    });
  });

  describe('a document never acknowledged', () => {
    const doc = { id: 'd1', document: 'death_certificate' as const, sentOn: '2026-10-01' };
    it('offers it the chosen number of days after its follow-up day (sent + acknowledgment days)', () => {
      // Follow-up day: Oct 15; offered from Oct 29.
      expect(kinds(records({ documents: [doc] }), '2026-10-28')).toEqual([]);
      expect(escalationTriggers(records({ documents: [doc] }), '2026-10-29', options)).toEqual([
        { kind: 'document_unacknowledged', since: '2026-10-01', days: 28, document: doc },
      ]);
    });
    it('counts from the user’s own follow-up day when there is one, and stops once acknowledged', () => {
      expect(kinds(records({ documents: [{ ...doc, followUpDate: '2026-11-20' }] }), '2026-12-03')).toEqual([]);
      expect(kinds(records({ documents: [{ ...doc, followUpDate: '2026-11-20' }] }), '2026-12-04')).toEqual(['document_unacknowledged']);
      expect(kinds(records({ documents: [{ ...doc, acknowledgedOn: '2026-10-20' }] }), '2026-12-30')).toEqual([]);
    });
  });

  describe('"they have no record of it"', () => {
    const contact = { id: 'c1', at: '2026-11-10T15:00:00.000Z', outcome: 'no_record' as const };
    it('offers it from the contact on, until a later contact resolved it', () => {
      expect(kinds(records({ contacts: [contact] }), '2026-11-10')).toEqual(['no_record']);
      expect(kinds(records({ contacts: [{ ...contact, outcome: 'no_progress' }] }), '2026-11-10')).toEqual([]);
      const later = { id: 'c2', at: '2026-11-12T15:00:00.000Z', outcome: 'resolved' as const };
      const earlier = { ...later, id: 'c0', at: '2026-11-01T15:00:00.000Z' };
      expect(kinds(records({ contacts: [later, contact] }), '2026-11-20')).toEqual([]);
      expect(kinds(records({ contacts: [earlier, contact] }), '2026-11-20')).toEqual(['no_record']);
    });
  });

  it('lists several triggers, the oldest first', () => {
    const r = records({
      promises: [{ id: 'p1', what: 'Refund', dueDate: '2026-11-03' }],
      tasks: [{ id: 't1', title: 'Final bill', state: 'todo', dueDate: '2026-10-20' }],
    });
    expect(kinds(r, '2026-11-30')).toEqual(['step_overdue', 'promise_broken']);
  });
});

describe('the offer in words', () => {
  it('says what went wrong plainly, with the provider’s name and the date', () => {
    expect(
      triggerSentence(
        { kind: 'promise_broken', since: '2026-11-03', promise: { id: 'p', what: 'Refund the deposit', dueDate: '2026-11-03' } },
        'Xfinity',
      ),
    ).toBe('Xfinity did not do what they promised by Nov 3, 2026: “Refund the deposit”.');
    expect(
      triggerSentence(
        { kind: 'step_overdue', since: '2026-11-01', days: 16, step: { id: 't', title: 'Get the final bill', dueDate: '2026-11-01' } },
        'Xfinity',
      ),
    ).toBe('“Get the final bill” has been overdue for 16 days.');
    expect(
      triggerSentence(
        {
          kind: 'document_unacknowledged',
          since: '2026-10-01',
          days: 45,
          document: { id: 'd', document: 'death_certificate', sentOn: '2026-10-01' },
        },
        'Xfinity',
      ),
    ).toBe('Xfinity has not acknowledged the death certificate you sent on Oct 1, 2026 (45 days ago).');
    expect(
      triggerSentence({ kind: 'no_record', since: '2026-11-10', contact: { id: 'c', at: '2026-11-10T15:00:00.000Z' } }, 'Xfinity'),
    ).toMatch(/^On Nov 10, 2026.*, Xfinity said they have no record of it\.$/);
  });
});

describe('the view of an account', () => {
  const stamp = '2026-11-05T10:00:00.000Z';
  const escalation = (over: Partial<Escalation>): Escalation => ({
    id: 'e1',
    caseId: 'c',
    accountId: 'a',
    level: 'supervisor',
    rung: 'supervisor',
    to: 'A supervisor at Xfinity',
    on: '2026-11-05',
    followUpDate: '2026-11-19',
    createdAt: stamp,
    updatedAt: stamp,
    ...over,
  });
  const view = (over: { serviceAddress?: string; serviceState?: string; escalations?: Escalation[] } = {}) =>
    escalationView({
      account: { serviceAddress: over.serviceAddress, serviceState: over.serviceState },
      provider: providerById('xfinity'),
      providerName: 'Xfinity',
      category: 'landline',
      records: { ...records({ promises: [{ id: 'p1', what: 'Refund', dueDate: '2026-11-03' }] }), escalations: over.escalations ?? [] },
      today: '2026-11-20',
      options,
      authorities: testAuthorities,
    });

  it('takes the state from the service address, else from the user’s choice, else asks', () => {
    expect(view({ serviceAddress: '1 Main St, Fresno, CA 93721' })).toMatchObject({ state: 'CA', stateFrom: 'address' });
    expect(view({ serviceAddress: '1 Main St, Fresno', serviceState: 'CA' })).toMatchObject({ state: 'CA', stateFrom: 'chosen' });
    const unknown = view({ serviceAddress: '1 Main St, Fresno' });
    expect(unknown.state).toBeUndefined();
    expect(unknown.ladder.rungs.find((r) => r.level === 'regulator')?.needsState).toBe(true);
  });

  it('suggests the next rung above what was done, and names the answer still awaited', () => {
    const v = view({
      serviceAddress: '1 Main St, Fresno, CA 93721',
      escalations: [
        escalation({}),
        escalation({ id: 'e2', level: 'provider_written', rung: 'provider-written', on: '2026-11-10', answeredOn: '2026-11-12' }),
      ],
    });
    expect(v.triggers.map((t) => t.kind)).toEqual(['promise_broken']);
    expect(v.climbed.map((e) => e.id)).toEqual(['e2', 'e1']);
    expect(v.next?.id).toBe('puc-ca');
    expect(v.awaiting?.id).toBe('e1');
  });
});
