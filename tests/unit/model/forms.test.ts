import { afterEach, describe, expect, it } from 'vitest';
import { daysUnacknowledged } from '../../../lib/derived/states';
import { useLanguage } from '../../../lib/i18n';
import { EstateCase } from '../../../lib/model';
import { fieldErrors } from '../../../lib/model/errors';
import { checkContact, checkDevice, checkDocumentSent, checkEscalation, cleanForm } from '../../../lib/model/forms';

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

describe('the messages speak the language shown when the form is checked', () => {
  afterEach(() => useLanguage('en'));
  const base = { id: 'd', caseId: 'c', accountId: 'a', kind: 'tv_box', label: 'Box', createdAt: stamp, updatedAt: stamp };

  it('English, then Spanish once loaded, from the same schemas (nothing is worded at import)', async () => {
    const check = () => checkDevice({ ...base, label: '', state: 'returned', returnedOn: '2026-03-11' }, '2026-03-10');
    expect(check()).toEqual({
      ok: false,
      errors: { label: 'A name for the device is needed.', returnedOn: 'This has not happened yet: use today or an earlier date.' },
    });
    await useLanguage('es');
    expect(check()).toEqual({
      ok: false,
      errors: {
        label: 'Falta un nombre para el equipo.',
        returnedOn: 'Esto todavía no ha pasado: use la fecha de hoy o una anterior.',
      },
    });
    expect(checkDevice({ ...base, state: 'returned' }, '2026-03-10')).toMatchObject({ errors: { returnedOn: '¿Cuándo se devolvió?' } });
    await useLanguage('en');
    expect(check()).toMatchObject({ errors: { label: 'A name for the device is needed.' } });
  });

  it('Spanish: zod\'s own checks (missing, not an option, not a number, too long, no such date) and the rules that need "today"', async () => {
    await useLanguage('es');
    const contact = { id: 'k', caseId: 'c', accountId: 'a', channel: 'call', at: stamp, createdAt: stamp, updatedAt: stamp };
    const typed = checkContact(
      cleanForm({ ...contact, channel: 'pigeon', holdMinutes: 'diez', durationMinutes: '2.5', summary: 'x'.repeat(5001) }, [
        'holdMinutes',
        'durationMinutes',
      ]),
      new Date(stamp),
    );
    expect(typed).toEqual({
      ok: false,
      errors: {
        channel: 'Elija una de las opciones.',
        holdMinutes: 'Escriba un número.',
        durationMinutes: 'Escriba minutos enteros, por favor.',
        summary: 'Use menos de 5000 caracteres.',
      },
    });
    const sent = { ...base, document: 'death_certificate', recipient: 'Bereavement team', channel: 'fax', sentOn: '2026-02-30' };
    expect(checkDocumentSent(sent, '2026-03-10')).toMatchObject({ errors: { sentOn: 'Esa fecha no existe.' } });
    expect(checkDocumentSent({ ...sent, sentOn: '2026-03-05', acknowledgedOn: '2026-03-04' }, '2026-03-10')).toMatchObject({
      errors: { acknowledgedOn: 'No pueden haber confirmado que lo recibieron antes de que se enviara.' },
    });
    const escalation = {
      id: 'e',
      caseId: 'c',
      accountId: 'a',
      level: 'supervisor',
      rung: 'supervisor',
      to: '',
      on: '2026-03-05',
      followUpDate: '2026-03-01',
    };
    const escalated = checkEscalation({ ...escalation, createdAt: stamp, updatedAt: stamp }, '2026-03-10');
    expect(escalated.ok === false && escalated.errors.to).toBe('Falta a quién se dirigió.');
    expect(escalated.ok === false && escalated.errors.followUpDate).toBe(
      'La fecha de su respuesta no puede ser anterior al día en que usted lo hizo.',
    );
    const estate = EstateCase.safeParse({ id: 'c', dateOfDeath: '2026-3-2', userRole: 'spouse', createdAt: stamp, updatedAt: stamp });
    expect(fieldErrors(estate.error!)).toMatchObject({
      deceasedName: 'Falta el nombre de la persona que falleció.',
      dateOfDeath: 'Escriba la fecha así: 2026-03-14 (año, mes, día).',
    });
  });
});
