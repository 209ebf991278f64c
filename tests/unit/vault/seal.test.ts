import { describe, expect, it } from 'vitest';
import { progressOf } from '../../../lib/derived/progress';
import { newKey, SealError } from '../../../lib/vault/crypto';
import { openAhead, openRow, SEALED_FIELD, type SealSpec, sealRow } from '../../../lib/vault/seal';

const spec: SealSpec = { table: 'checklists', keyPath: 'id', fields: ['title', 'detail', 'note'], nested: 'steps' };
const noFacts = { contacts: [], documents: [], devices: [] };

function checklist() {
  const step = (id: string, title: string) => ({
    id,
    accountId: 'acct-1',
    stepKey: id,
    title,
    detail: `Why ${title.toLowerCase()}`,
    state: 'todo' as const,
    order: 0,
    createdAt: '2026-03-10T12:00:00.000Z',
  });
  return { id: 'acct-1', caseId: 'case-1', steps: [step('notify', 'Tell them'), step('proof', 'Send proof')] };
}

type Step = ReturnType<typeof checklist>['steps'][number];
const stepsOf = (row: Record<string, unknown>) => row.steps as Step[];

describe('an opened checklist', () => {
  it('gives its steps back as written, their secret fields opened when read', () => {
    const key = newKey();
    const opened = openRow(spec, sealRow(spec, checklist(), key), key);
    expect(opened).toEqual(checklist());
    expect(JSON.parse(JSON.stringify(opened))).toEqual(checklist());
    expect({ ...stepsOf(opened)[1]! }).toEqual(checklist().steps[1]);
  });

  it('shares its getters among all opened steps (one shape for thousands of steps, not one per step)', () => {
    const key = newKey();
    const [a, b] = stepsOf(openRow(spec, sealRow(spec, checklist(), key), key));
    const getter = (step: object, field: string) => Object.getOwnPropertyDescriptor(step, field)?.get;
    expect(getter(a!, 'title')).toBeTypeOf('function');
    expect(getter(a!, 'title')).toBe(getter(b!, 'title'));
    expect(getter(a!, 'detail')).toBe(getter(b!, 'detail'));
  });

  it('a copy made with the progress (withFields) opens like its step, and a field set on it is sealed anew', () => {
    const key = newKey();
    const sealed = sealRow(spec, checklist(), key);
    const row = openRow(spec, sealed, key);
    const [notify, proof] = stepsOf(row);
    const copy = progressOf(notify!, noFacts);
    expect(Object.getOwnPropertyDescriptor(copy, 'title')?.get).toBeTypeOf('function'); // not opened by the copy
    copy.title = 'Tell them first'; // set on the copy, not yet read
    expect(copy.detail).toBe('Why tell them');
    expect(notify!.title).toBe('Tell them');
    // The row as read is written back unchanged: its seal is kept, byte for byte.
    expect(sealRow(spec, row, key)).toEqual(sealed);
    // With the copy in place of its step: sealed anew, the new title and the old detail read back.
    const changed = openRow(spec, sealRow(spec, { ...row, steps: [copy, proof] }, key), key);
    expect(stepsOf(changed)[0]).toMatchObject({ title: 'Tell them first', detail: 'Why tell them', storedState: 'todo' });
    expect(stepsOf(changed)[1]).toMatchObject({ title: 'Send proof' });
  });

  it('opens ahead (WebCrypto) the steps about to be shown, and only those; a seal that does not open is left to its getter', async () => {
    const key = newKey();
    const sealed = sealRow(spec, checklist(), key);
    const [notify, proof] = stepsOf(openRow(spec, sealed, key));
    const shown = progressOf(notify!, noFacts); // a copy with its progress, as the dashboard shows it
    await openAhead([shown, { plain: 'row' }]);
    // The seals' bytes damaged after: the step opened ahead reads its fields, the other no longer opens.
    (sealed[SEALED_FIELD] as { d: Uint8Array }).d.fill(0);
    expect(shown).toMatchObject({ title: 'Tell them', detail: 'Why tell them' });
    expect(notify!.title).toBe('Tell them');
    expect(() => proof!.title).toThrow(SealError);
    await expect(openAhead([proof!])).resolves.toBeUndefined();
    expect(() => proof!.title).toThrow(SealError);
  });

  it('a step opened in another checklist row does not open', () => {
    const key = newKey();
    const sealed = sealRow(spec, checklist(), key);
    const moved = openRow(spec, { ...sealed, id: 'acct-2' }, key);
    expect(() => stepsOf(moved)[0]!.title).toThrow(SealError);
  });
});
