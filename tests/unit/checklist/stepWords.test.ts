/**
 * A checklist step is stored in the playbook's English and shown in the language of
 * the moment: every playbook title reads back from its stored English, a title or
 * detail the user wrote stays as written, and a provider's own sentence stays English,
 * marked so.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSteps, noBereavementProcessText, playbookCategoryOf } from '../../../lib/checklist/playbooks';
import { shownStep, shownSteps, shownText, shownTitle } from '../../../lib/checklist/stepWords';
import { useLanguage } from '../../../lib/i18n';
import type { Intent, Task } from '../../../lib/model';
import { type Provider, providerById, registry } from '../../../lib/providers';

const intents: Intent[] = ['close', 'transfer', 'undecided'];
const cases = [{ survivorName: 'Ann Miller', deceasedName: 'Bob' }, undefined];
const devices = [{ id: 'd1', label: 'the black box (living room)', kind: 'tv_box' as const }];

/** Every step every built-in provider can give: each category, intent, with and without a survivor named. */
function everyStep() {
  return registry.flatMap((provider) =>
    intents.flatMap((intent) => cases.flatMap((estateCase) => buildSteps({ provider, intent, estateCase, devices }))),
  );
}

function task(fields: Partial<Task> & Pick<Task, 'title'>): Task {
  return {
    id: 't1',
    caseId: 'c',
    accountId: 'a',
    state: 'todo',
    order: 0,
    links: { contactIds: [], documentSentIds: [], evidenceIds: [] },
    createdAt: '2026-03-10T12:00:00.000Z',
    updatedAt: '2026-03-10T12:00:00.000Z',
    ...fields,
  };
}

const xfinity = providerById('xfinity')!;

describe('in English', () => {
  it('a stored playbook title reads back as itself', () => {
    for (const step of everyStep()) expect(shownTitle({ stepKey: step.key, title: step.title })).toBe(step.title);
  });

  it('the stored words are the English shown (nothing changes for an English reader)', () => {
    for (const step of everyStep()) {
      expect(shownText(step.words.title)).toBe(step.title);
      const shown = shownStep(task({ stepKey: step.key, title: step.title, detail: step.detail }), step);
      expect(shown.detail).toBe(step.detail);
    }
  });
});

describe('in Spanish', () => {
  beforeEach(() => useLanguage('es'));
  afterEach(() => useLanguage('en'));

  it('the playbook stays stored in English whatever the panel speaks (the export format, and what the merge compares)', () => {
    const steps = buildSteps({ provider: xfinity, intent: 'close' });
    expect(steps[0]!.title).toBe('Tell Xfinity about the death');
    expect(steps.find((s) => s.key === 'confirmation')!.detail).toBe(
      'Save the confirmation page as proof, or log the number with the call.',
    );
  });

  it('every playbook title is shown in Spanish from its stored English, names kept', () => {
    for (const step of everyStep()) {
      const shown = shownTitle({ stepKey: step.key, title: step.title });
      expect(shown).toBe(shownText(step.words.title));
      expect(shown).not.toBe(step.title);
      expect(shown).not.toMatch(/[{}]/);
    }
    const steps = buildSteps({ provider: xfinity, intent: 'transfer', estateCase: cases[0] });
    const stored = (list: typeof steps, key: string) => {
      const step = list.find((s) => s.key === key)!;
      return { stepKey: step.key, title: step.title };
    };
    const title = (key: string) => shownTitle(stored(steps, key));
    expect(title('notify')).toBe('Avisar a Xfinity del fallecimiento');
    expect(title('autopay')).toBe('Pasar el pago automático a un medio de pago de Ann Miller');
    const unnamed = buildSteps({ provider: xfinity, intent: 'transfer' });
    expect(shownTitle(stored(unnamed, 'autopay'))).toBe('Pasar el pago automático a un medio de pago del nuevo titular');
    const returning = buildSteps({ provider: xfinity, intent: 'close', devices });
    expect(shownTitle(stored(returning, 'return-device:d1'))).toBe('Devolver the black box (living room)');
  });

  it('a title the user edited, or wrote, is shown as they wrote it', () => {
    expect(shownTitle({ stepKey: 'notify', title: 'Call Xfinity on Monday' })).toBe('Call Xfinity on Monday');
    expect(shownTitle({ title: 'Pedir el cheque del reembolso' })).toBe('Pedir el cheque del reembolso');
    expect(shownTitle({ stepKey: 'no-such-step', title: 'Tell Xfinity about the death' })).toBe('Tell Xfinity about the death');
  });

  it("a playbook step's detail is shown in Spanish; a detail that is no longer the playbook's stays as stored", () => {
    const steps = buildSteps({ provider: xfinity, intent: 'close' });
    const confirmation = steps.find((s) => s.key === 'confirmation')!;
    const stored = [
      task({ id: 'a', stepKey: 'confirmation', title: confirmation.title, detail: confirmation.detail }),
      task({ id: 'b', stepKey: 'confirmation', title: 'My own words', detail: 'An older wording.' }),
      task({ id: 'c', title: 'Find the modem', detail: 'In the hall cupboard.' }),
    ];
    const [a, b, c] = shownSteps(stored, steps);
    expect(a!.title).toBe('Conseguir un número de confirmación o de referencia');
    expect(a!.detail).toBe('Guarde la página de confirmación como prueba, o anote el número con la llamada.');
    expect(b).toMatchObject({ title: 'My own words', detail: 'An older wording.' });
    expect(c).toBe(stored[2]);
    // The stored rows are not changed.
    expect(stored[0]!.title).toBe('Get a confirmation or reference number');
  });

  it('opens no other field of a step to show it (a sealed note stays sealed)', () => {
    const steps = buildSteps({ provider: xfinity, intent: 'close' });
    const notify = steps[0]!;
    const sealed = task({ stepKey: notify.key, title: notify.title, detail: notify.detail });
    let opened = 0;
    Object.defineProperty(sealed, 'note', {
      enumerable: true,
      get: () => {
        opened += 1;
        return 'a private note';
      },
    });
    const shown = shownStep(sealed, notify);
    expect(shown.title).toBe('Avisar a Xfinity del fallecimiento');
    expect(opened).toBe(0);
    expect(shown.note).toBe('a private note');
    expect(opened).toBe(1);
  });

  it("a provider's own sentence stays in English, marked for the reader; the labels inside a sentence are Spanish", () => {
    const withNote = registry.find((p) => playbookCategoryOf(p) === 'wireless' && p.notes.some((n) => /installment/i.test(n.text)));
    expect(withNote).toBeDefined();
    const step = buildSteps({ provider: withNote as Provider, intent: 'close' }).find((s) => s.key === 'installments')!;
    const note = (withNote as Provider).notes.find((n) => /installment/i.test(n.text))!.text;
    expect(step.detail).toBe(note);
    expect(shownStep(task({ stepKey: step.key, title: step.title, detail: step.detail }), step).detail).toBe(`${note} (en inglés)`);
    const withChannels = registry.find(
      (p) => p.bereavement?.status === 'verified first-party' && p.bereavement.channels.some((c) => c.kind === 'phone'),
    );
    expect(withChannels).toBeDefined();
    const notify = buildSteps({ provider: withChannels as Provider, intent: 'close' })[0]!;
    expect(notify.detail).toMatch(/Phone/);
    expect(shownText({ list: notify.words.detail.slice() })).toMatch(/Teléfono/);
  });

  it('says plainly, in Spanish, when no bereavement process is known', () => {
    const unknown = { name: 'My Co-op', bereavement: undefined };
    expect(noBereavementProcessText(unknown)).toBe(
      'Todavía nadie ha buscado qué pide My Co-op tras un fallecimiento: llame al número que aparece en la factura y anote la llamada.',
    );
  });
});
