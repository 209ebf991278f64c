import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../lib/dates';
import {
  type AccountFacts,
  accountsNeedingPages,
  factsByAccount,
  progressOf,
  progressTasks,
  statePatch,
} from '../../../lib/derived/progress';
import { useLanguage } from '../../../lib/i18n';
import { deviceStates, documentKinds, type Task, type TaskState } from '../../../lib/model';

const none: AccountFacts = { contacts: [], documents: [], devices: [], evidence: [] };
const step = (stepKey: string | undefined, state: TaskState = 'todo', extra: Partial<Task> = {}) =>
  ({ id: `t-${stepKey}`, accountId: 'a1', stepKey, state, ...extra }) as Pick<
    Task,
    'id' | 'accountId' | 'stepKey' | 'state' | 'proofUndone'
  >;

const call = { id: 'c1', at: '2026-11-12T15:00:00.000Z', channel: 'call' as const };
const callWithRef = { ...call, id: 'c2', referenceNumber: 'CNF-4821' };
const certificate = { id: 'd1', document: 'death_certificate' as const, sentOn: '2026-11-10', recipient: 'Bereavement team' };
const modem = { id: 'm1', label: 'Modem', state: 'pending' as const, createdAt: '2026-11-09T10:00:00.000Z' };
const page = { id: 'e1', capturedAt: '2026-11-13T10:00:00.000Z', referenceNumbers: ['ORD-99'] };
const pageWithout = { id: 'e2', capturedAt: '2026-11-13T10:00:00.000Z', referenceNumbers: [] };

/** Every kind of record, alone, against every kind of step: what it ticks. */
const records: Array<[string, AccountFacts, string[]]> = [
  ['a call', { ...none, contacts: [call] }, ['notify']],
  ['a call with a reference number', { ...none, contacts: [callWithRef] }, ['notify', 'confirmation']],
  ['a letter', { ...none, contacts: [{ ...call, channel: 'letter' }] }, ['notify']],
  ['a death certificate sent', { ...none, documents: [certificate] }, ['proof-of-death']],
  ['an obituary sent', { ...none, documents: [{ ...certificate, document: 'obituary' }] }, ['proof-of-death']],
  ['photo ID sent', { ...none, documents: [{ ...certificate, document: 'id' }] }, []],
  ['letters testamentary sent', { ...none, documents: [{ ...certificate, document: 'letters_testamentary' }] }, []],
  ['a device not returned', { ...none, devices: [modem] }, ['list-equipment']],
  [
    'a device returned',
    { ...none, devices: [{ ...modem, state: 'returned', returnedOn: '2026-11-14' }] },
    ['list-equipment', 'return-device:m1'],
  ],
  ['a device kept', { ...none, devices: [{ ...modem, state: 'keep' }] }, ['list-equipment', 'return-device:m1']],
  ['a saved page with a number', { ...none, evidence: [page] }, ['confirmation']],
  ['a saved page without a number', { ...none, evidence: [pageWithout] }, []],
  ['nothing', none, []],
];
const stepKeys = [
  'notify',
  'proof-of-death',
  'list-equipment',
  'return-device:m1',
  'return-device:other',
  'confirmation',
  'final-bill',
  'autopay',
  'decide',
];

describe('every record kind against every step kind', () => {
  for (const [name, facts, ticks] of records) {
    it.each(stepKeys)(`${name} -> %s`, (key) => {
      const shown = progressOf(step(key), facts);
      expect(shown.state === 'done').toBe(ticks.includes(key));
      expect(shown.because !== undefined).toBe(ticks.includes(key));
      expect(shown.storedState).toBe('todo');
    });
  }

  it('a step the user wrote (no step key) is never ticked by a record', () => {
    const all: AccountFacts = { contacts: [callWithRef], documents: [certificate], devices: [modem], evidence: [page] };
    expect(progressOf(step(undefined), all).state).toBe('todo');
  });

  it('knows every document kind and device state', () => {
    const proofOfDeath = documentKinds.filter(
      (d) => progressOf(step('proof-of-death'), { ...none, documents: [{ ...certificate, document: d }] }).because,
    );
    expect(proofOfDeath).toEqual(['death_certificate', 'obituary']);
    const states = deviceStates.map((s) => progressOf(step('return-device:m1'), { ...none, devices: [{ ...modem, state: s }] }).state);
    expect(states).toEqual(['todo', 'waiting', 'done', 'done']);
  });
});

describe('why a step is done', () => {
  it('names the record in plain words', () => {
    expect(progressOf(step('proof-of-death'), { ...none, documents: [certificate] }).because).toEqual({
      kind: 'documentsSent',
      id: 'd1',
      text: 'Death certificate sent Nov 10, 2026 to Bereavement team',
    });
    expect(progressOf(step('notify'), { ...none, contacts: [call] }).because?.text).toBe('Phone call on Nov 12, 2026');
    const devices = [{ ...modem, id: 'm2', label: 'TV box', createdAt: '2026-11-10T10:00:00.000Z' }, modem]; // listed in the order they were added
    expect(progressOf(step('list-equipment'), { ...none, devices }).because).toMatchObject({
      id: 'm2',
      text: '2 devices listed: Modem, TV box',
    });
    expect(progressOf(step('confirmation'), { ...none, contacts: [callWithRef] }).because?.text).toBe(
      'Number CNF-4821 from the phone call on Nov 12, 2026',
    );
    expect(progressOf(step('confirmation'), { ...none, contacts: [callWithRef], evidence: [page] }).because).toMatchObject({
      kind: 'evidence',
      text: 'Number ORD-99 on a page saved Nov 13, 2026',
    });
  });

  it('says it in Spanish once Spanish is loaded, with its plural forms', async () => {
    await useLanguage('es');
    try {
      const one = progressOf(step('list-equipment'), { ...none, devices: [modem] }).because?.text;
      expect(one).toBe('1 equipo anotado: Modem');
      const three = [1, 2, 3].map((n) => ({ ...modem, id: `m${n}`, label: `Box ${n}`, createdAt: `2026-11-0${n}T10:00:00.000Z` }));
      expect(progressOf(step('list-equipment'), { ...none, devices: three }).because?.text).toBe('3 equipos anotados: Box 1, Box 2, Box 3');
      expect(progressOf(step('notify'), { ...none, contacts: [call] }).because?.text).toBe(`Llamada el ${formatDate('2026-11-12')}`);
      expect(progressOf(step('proof-of-death'), { ...none, documents: [certificate] }).because?.text).toBe(
        `Certificado de defunción: se envió el ${formatDate('2026-11-10')} a Bereavement team`,
      );
    } finally {
      await useLanguage('en');
    }
  });

  it('takes the latest record that proves the step', () => {
    const later = { ...call, id: 'c9', at: '2026-11-20T15:00:00.000Z' };
    expect(progressOf(step('notify'), { ...none, contacts: [call, later] }).because?.id).toBe('c9');
  });
});

describe('the user word wins', () => {
  const facts: AccountFacts = { ...none, contacts: [call] };

  it('a step ticked or skipped by hand keeps its state, with no "because"', () => {
    expect(progressOf(step('notify', 'done'), facts)).toMatchObject({ state: 'done' });
    expect(progressOf(step('notify', 'skipped'), facts)).toMatchObject({ state: 'skipped' });
    expect(progressOf(step('notify', 'done'), facts).because).toBeUndefined();
  });

  it('a waiting step is ticked once a record proves it', () => {
    expect(progressOf(step('notify', 'waiting'), facts)).toMatchObject({ state: 'done', storedState: 'waiting' });
  });

  it('undo of an automatic tick: the record that ticked it no longer does, a newer one does', () => {
    const shown = progressOf(step('notify'), facts);
    const patch = statePatch(shown, 'todo');
    expect(patch).toEqual({ state: 'todo', proofUndone: 'c1' });
    const undone = step('notify', patch.state, { proofUndone: patch.proofUndone });
    expect(progressOf(undone, facts)).toMatchObject({ state: 'todo' });
    expect(progressOf(undone, facts).because).toBeUndefined();
    const newer = { ...call, id: 'c3', at: '2026-11-21T10:00:00.000Z' };
    expect(progressOf(undone, { ...facts, contacts: [call, newer] })).toMatchObject({ state: 'done', because: { id: 'c3' } });
  });

  it('a tick by hand stores only the state', () => {
    expect(statePatch(progressOf(step('final-bill'), facts), 'done')).toEqual({ state: 'done' });
  });

  it('undoing a device on its way back leaves the step to the user', () => {
    const devices = [{ ...modem, state: 'return_started' as const }];
    const shown = progressOf(step('return-device:m1'), { ...none, devices });
    expect(shown).toMatchObject({ state: 'waiting' });
    expect(statePatch(shown, 'todo')).toEqual({ state: 'todo', proofUndone: 'm1' });
  });
});

describe('per account', () => {
  it('an account is proven only by its own records', () => {
    const factsOf = factsByAccount({
      contacts: [{ ...call, accountId: 'a2' }],
      documents: [{ ...certificate, accountId: 'a1' }],
      devices: [],
      evidence: [{ ...page, accountId: undefined }],
    });
    const shown = progressTasks([step('notify'), step('proof-of-death'), step('confirmation')], factsOf('a1'));
    expect(shown.map((t) => t.state)).toEqual(['todo', 'done', 'todo']);
    expect(progressTasks([step('notify')], factsOf('a2'))[0]!.state).toBe('done');
  });

  it('reads saved pages only where a confirmation step is open and not proven by a call', () => {
    const tasks = [
      { ...step('confirmation'), accountId: 'a1' },
      { ...step('confirmation'), accountId: 'a2' },
      { ...step('confirmation', 'done'), accountId: 'a3' },
      { ...step('notify'), accountId: 'a4' },
    ];
    const factsOf = factsByAccount({ contacts: [{ ...callWithRef, accountId: 'a2' }], documents: [], devices: [] });
    expect(accountsNeedingPages(tasks, factsOf)).toEqual(['a1']);
  });
});
