import { describe, expect, it } from 'vitest';
import { promiseStatus } from '../../../lib/derived/states';
import {
  addDays,
  attentionItems,
  datedItems,
  nextChange,
  type ReminderInput,
  type ReminderOptions,
  reminders,
} from '../../../lib/reminders/attention';

const T = '2026-03-01T10:00:00.000Z';
const directv = {
  equipment: { kinds: [], returnMethods: [], returnWindowDays: { days: 21, source: 'test', quote: 'within 21 days' }, fees: [], notes: [] },
};
const options: ReminderOptions = { ackDays: 14, providerOf: (p) => (p === 'directv' ? directv : undefined) };

function input(over: Partial<ReminderInput> = {}): ReminderInput {
  return {
    accounts: [
      { id: 'a1', providerId: 'xfinity', updatedAt: T },
      { id: 'a2', providerId: 'directv', disconnectDate: '2026-03-01', updatedAt: T },
    ],
    tasks: [],
    promises: [],
    devices: [],
    documentsSent: [],
    contacts: [],
    escalations: [],
    ...over,
  };
}
const task = (id: string, state: 'todo' | 'waiting' | 'done' | 'skipped', dueDate?: string, promiseId?: string) => ({
  id,
  accountId: 'a1',
  state,
  dueDate,
  title: `Task ${id}`,
  promiseId,
  updatedAt: T,
});
const keysOn = (inp: ReminderInput, today: string, opts = options) =>
  reminders(inp, opts, today).items.map((i) => `${i.key}${i.overdue ? '!' : ''}`);

describe('tasks', () => {
  it('counts an open task due today (not overdue) or earlier (overdue), never a future, done or skipped one', () => {
    const inp = input({
      tasks: [
        task('today', 'todo', '2026-03-10'),
        task('past', 'waiting', '2026-03-09'),
        task('future', 'todo', '2026-03-11'),
        task('done', 'done', '2026-03-01'),
        task('skip', 'skipped', '2026-03-01'),
        task('nodate', 'todo'),
      ],
    });
    expect(keysOn(inp, '2026-03-10')).toEqual(['task_due:past!', 'task_due:today']);
  });
});

describe('promises', () => {
  const p = (id: string, dueDate: string, resolution?: 'kept' | 'not_kept', resolvedOn?: string) => ({
    id,
    accountId: 'a1',
    what: `Promise ${id}`,
    dueDate,
    resolution,
    resolvedOn,
    updatedAt: T,
  });
  it('a promise is broken the day after its date unless kept, or as soon as the user says it was not kept', () => {
    const inp = input({
      promises: [
        p('due-today', '2026-03-10'),
        p('late', '2026-03-09'),
        p('kept', '2026-03-01', 'kept'),
        p('said-no', '2026-03-20', 'not_kept', '2026-03-08'),
      ],
    });
    expect(keysOn(inp, '2026-03-10')).toEqual(['promise_broken:late!', 'promise_broken:said-no!']);
  });
  it('agrees with the panel (lib/derived promiseStatus) on every day', () => {
    const cases = [
      p('a', '2026-03-10'),
      p('b', '2026-03-10', 'kept', '2026-03-12'),
      p('c', '2026-03-10', 'not_kept', '2026-03-05'),
      p('d', '2026-03-10', 'not_kept', '2026-03-14'),
      p('e', '2026-03-10', 'not_kept'),
    ];
    for (let day = '2026-03-01'; day < '2026-03-20'; day = addDays(day, 1)) {
      for (const promise of cases) {
        const counted = keysOn(input({ promises: [promise] }), day).length === 1;
        // The panel only knows "not kept" once said; before the day it was said, the badge waits for the date.
        const said = promise.resolution === 'not_kept' && (promise.resolvedOn ?? promise.dueDate) <= day;
        expect(counted, `${promise.id} on ${day}`).toBe(promiseStatus(promise, day) === 'broken' && (said || promise.dueDate < day));
      }
    }
  });
  it('a broken promise and its follow-up task count once', () => {
    const inp = input({ promises: [p('p1', '2026-03-09')], tasks: [task('f1', 'todo', '2026-03-09', 'p1')] });
    expect(keysOn(inp, '2026-03-09')).toEqual(['task_due:f1']);
    expect(keysOn(inp, '2026-03-10')).toEqual(['promise_broken:p1!']);
    const r = reminders(inp, options, '2026-03-10');
    expect(r.summary.total).toMatchObject({ open: 1, overdue: 1 });
    // A provider's count means the same as the total: what needs attention (not every open step).
    expect(r.summary.byProvider.get('xfinity')).toEqual({ open: 1, overdue: 1, what: [{ noun: 'promise', state: 'notKept' }] });
  });
  it('the calendar shows a promise with an open follow-up task once, as the task', () => {
    const inp = input({ promises: [p('p1', '2026-03-09'), p('p2', '2026-03-12')], tasks: [task('f1', 'todo', '2026-03-09', 'p1')] });
    expect(reminders(inp, options, '2026-03-01').calendar.map((d) => d.key)).toEqual(['task_due:f1', 'promise_broken:p2']);
  });
});

describe('devices', () => {
  const dev = (id: string, over: Record<string, unknown> = {}) => ({
    id,
    accountId: 'a2',
    kind: 'tv_box' as const,
    label: `Box ${id}`,
    state: 'pending' as const,
    createdAt: '2026-02-20T10:00:00.000Z',
    updatedAt: T,
    ...over,
  });
  it('uses the disconnect date plus the registry window: attention 3 days before the end, overdue after it', () => {
    const inp = input({ devices: [dev('d1')] }); // 2026-03-01 + 21 days = 2026-03-22
    expect(keysOn(inp, '2026-03-18')).toEqual([]);
    expect(keysOn(inp, '2026-03-19')).toEqual(['device_return:d1']);
    expect(keysOn(inp, '2026-03-22')).toEqual(['device_return:d1']);
    expect(keysOn(inp, '2026-03-23')).toEqual(['device_return:d1!']);
    expect(datedItems(inp, options)[0]).toMatchObject({ due: '2026-03-22', from: '2026-03-19' });
  });
  it('a return-by date the provider gave wins over the registry window', () => {
    expect(datedItems(input({ devices: [dev('d1', { returnBy: '2026-04-30' })] }), options)[0]?.due).toBe('2026-04-30');
  });
  it('an unknown window gives no deadline but the device still counts until it is back; returned or kept devices are not counted', () => {
    const inp = input({
      accounts: [
        { id: 'a1', providerId: 'xfinity', disconnectDate: '2026-03-01', updatedAt: T },
        { id: 'a2', providerId: 'directv', updatedAt: T },
      ],
      devices: [
        dev('no-window', { accountId: 'a1' }),
        dev('no-disconnect'),
        dev('returned', { state: 'returned', returnBy: '2026-03-01' }),
        dev('kept', { state: 'keep', returnBy: '2026-03-01' }),
        dev('started', { state: 'return_started', returnBy: '2026-03-01' }),
      ],
    });
    // Counted from the day it was listed, never overdue (there is no deadline), and not in the calendar.
    // The overdue one first (most urgent first), then those with no date.
    expect(keysOn(inp, '2026-06-01')).toEqual(['device_return:started!', 'device_return:no-disconnect', 'device_return:no-window']);
    expect(keysOn(inp, '2026-02-19')).toEqual([]);
    expect(reminders(inp, options, '2026-06-01').calendar.map((d) => d.key)).toEqual(['device_return:started']);
    expect(nextChange(datedItems(inp, options), '2026-06-01')).toBeUndefined();
  });

  it('counts an undecided account’s modem, with no disconnect date and no published window', () => {
    const inp = input({
      accounts: [{ id: 'a9', providerId: 'some-isp', updatedAt: T }],
      devices: [dev('m', { accountId: 'a9', kind: 'cable_modem' })],
    });
    const r = reminders(inp, options, '2026-03-10');
    expect(r.summary.total).toEqual({ open: 1, overdue: 0, what: [{ noun: 'cable_modem', state: 'notReturned' }] });
    expect(r.summary.byProvider.get('some-isp')?.open).toBe(1);
  });
});

describe('documents sent', () => {
  const doc = (id: string, over: Record<string, unknown> = {}) => ({
    id,
    accountId: 'a1',
    document: 'death_certificate' as const,
    recipient: 'Bereavement team',
    sentOn: '2026-03-01',
    updatedAt: T,
    ...over,
  });
  it('needs a chase after the user-set number of days without acknowledgment', () => {
    const inp = input({ documentsSent: [doc('s1'), doc('ack', { acknowledgedOn: '2026-03-05' })] });
    expect(keysOn(inp, '2026-03-14')).toEqual([]);
    expect(keysOn(inp, '2026-03-15')).toEqual(['document_unacknowledged:s1']);
    expect(keysOn(inp, '2026-03-16')).toEqual(['document_unacknowledged:s1!']);
    expect(keysOn(inp, '2026-03-08', { ...options, ackDays: 7 })).toEqual(['document_unacknowledged:s1']);
    expect(reminders(inp, options, '2026-03-15').items[0]?.subject).toBe('Death certificate sent to Bereavement team');
  });
  it("the user's own follow-up date replaces the default chase", () => {
    const inp = input({ documentsSent: [doc('s1', { followUpDate: '2026-03-20' })] });
    expect(keysOn(inp, '2026-03-16')).toEqual([]);
    expect(keysOn(inp, '2026-03-20')).toEqual(['follow_up:document:s1']);
  });
});

describe('follow-up dates', () => {
  it('on a contact and on a device (whatever its state)', () => {
    const inp = input({
      contacts: [
        { id: 'c1', accountId: 'a1', at: T, department: 'Billing', representative: 'Dana', followUpDate: '2026-03-10', updatedAt: T },
      ],
      devices: [
        {
          id: 'd1',
          accountId: 'a1',
          kind: 'cable_modem',
          label: 'Modem',
          state: 'returned',
          followUpDate: '2026-03-09',
          createdAt: T,
          updatedAt: T,
        },
      ],
    });
    expect(keysOn(inp, '2026-03-10')).toEqual(['follow_up:device:d1!', 'follow_up:contact:c1']);
    expect(reminders(inp, options, '2026-03-10').items[1]?.subject).toBe('Contact with Billing, Dana');
  });
});

describe('escalations', () => {
  const e = (id: string, followUpDate?: string, answeredOn?: string) => ({
    id,
    accountId: 'a1',
    to: 'Federal Communications Commission',
    followUpDate,
    answeredOn,
    updatedAt: T,
  });

  it('awaits their answer: due on its follow-up day, overdue after it, gone once answered', () => {
    const inp = input({
      escalations: [e('fcc', '2026-03-10'), e('later', '2026-03-20'), e('answered', '2026-03-01', '2026-03-02'), e('nodate')],
    });
    expect(keysOn(inp, '2026-03-09')).toEqual([]);
    expect(keysOn(inp, '2026-03-10')).toEqual(['escalation_answer:fcc']);
    expect(keysOn(inp, '2026-03-11')).toEqual(['escalation_answer:fcc!']);
    const item = reminders(inp, options, '2026-03-11').items[0]!;
    expect(item.subject).toBe('Answer from Federal Communications Commission');
  });

  it('counts on the badge, in the calendar and in the next change, like a promise', () => {
    const inp = input({ escalations: [e('fcc', '2026-03-10')] });
    const r = reminders(inp, options, '2026-03-11');
    expect(r.summary.total).toEqual({ open: 1, overdue: 1, what: [{ noun: 'escalation', state: 'noAnswer' }] });
    expect(r.summary.byProvider.get('xfinity')).toMatchObject({ open: 1, overdue: 1 });
    expect(r.calendar.map((d) => d.key)).toEqual(['escalation_answer:fcc']);
    expect(reminders(inp, options, '2026-03-01').next).toEqual(new Date(2026, 2, 10));
  });
});

describe('counts', () => {
  it('total and provider counts both mean what needs attention, and say what it is', () => {
    const inp = input({
      tasks: [task('t1', 'todo'), task('t2', 'todo', '2026-03-09'), task('t3', 'done')],
      contacts: [{ id: 'c1', accountId: 'a1', at: T, followUpDate: '2026-03-10', updatedAt: T }],
      devices: [
        {
          id: 'd1',
          accountId: 'a2',
          kind: 'satellite_receiver',
          label: 'Receiver',
          state: 'pending',
          returnBy: '2026-03-01',
          createdAt: T,
          updatedAt: T,
        },
      ],
    });
    const { summary } = reminders(inp, options, '2026-03-10');
    expect(summary.total).toMatchObject({ open: 3, overdue: 2 });
    // Not t1: an open step without a date needs no attention, on a provider's tab either.
    expect(summary.byProvider.get('xfinity')).toEqual({
      open: 2,
      overdue: 1,
      what: [
        { noun: 'step', state: 'overdue' },
        { noun: 'followUp', state: 'dueToday' },
      ],
    });
    expect(summary.byProvider.get('directv')).toMatchObject({ open: 1, overdue: 1 });
  });
});

describe('next change', () => {
  it('is the next local midnight at which something becomes due or overdue', () => {
    const inp = input({
      tasks: [task('t1', 'todo', '2026-03-12')],
      contacts: [{ id: 'c1', accountId: 'a1', at: T, followUpDate: '2026-03-10', updatedAt: T }],
    });
    const dated = datedItems(inp, options);
    expect(nextChange(dated, '2026-03-09')).toEqual(new Date(2026, 2, 10)); // the follow-up becomes due
    expect(nextChange(dated, '2026-03-10')).toEqual(new Date(2026, 2, 11)); // it becomes overdue
    expect(nextChange(dated, '2026-03-11')).toEqual(new Date(2026, 2, 12));
    expect(nextChange(dated, '2026-03-13')).toBeUndefined();
    expect(attentionItems(dated, '2026-03-13', inp).length).toBe(2);
  });
  it('does calendar arithmetic across month and year ends', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });
});

describe('most urgent first', () => {
  it('puts what is overdue first (the longest overdue first), then what is due now, then a device with no date', () => {
    const inp = input({
      tasks: [task('due-today', 'todo', '2026-03-10'), task('late', 'todo', '2026-03-08')],
      promises: [{ id: 'p1', accountId: 'a1', what: 'Refund', dueDate: '2026-03-05', updatedAt: T }],
      devices: [
        // Listed long ago, no window known: needs attention, but has no date to be late on.
        {
          id: 'modem',
          accountId: 'a1',
          kind: 'cable_modem',
          label: 'Modem',
          state: 'pending',
          createdAt: '2026-01-02T10:00:00.000Z',
          updatedAt: T,
        },
        // Due back in two days: within its warning days.
        { id: 'box', accountId: 'a1', kind: 'tv_box', label: 'Box', state: 'pending', returnBy: '2026-03-12', createdAt: T, updatedAt: T },
      ],
    });
    expect(keysOn(inp, '2026-03-10')).toEqual([
      'promise_broken:p1!',
      'task_due:late!',
      'task_due:due-today',
      'device_return:box',
      'device_return:modem',
    ]);
  });
});
