import { describe, expect, it } from 'vitest';
import {
  applyChanges,
  buildSteps,
  hasEquipmentSteps,
  intentsOffered,
  mergeChecklist,
  noBereavementProcessText,
  type PlaybookCategory,
  playbookCategoryOf,
} from '../../../lib/checklist/playbooks';
import { accountStatus, countStates, orderTasks } from '../../../lib/derived/accountStatus';
import type { Intent, Task } from '../../../lib/model';
import { type Provider, providerById, registry } from '../../../lib/providers';

const now = '2026-03-10T12:00:00.000Z';
let counter = 0;
const makeId = () => `id${++counter}`;
const account = { id: 'acc', caseId: 'case' };
const keys = (provider: Provider, intent: Intent, devices: Array<{ id: string; label: string; kind: 'tv_box' }> = []) =>
  buildSteps({ provider, intent, estateCase: { survivorName: 'Ann', deceasedName: 'Bob' }, devices }).map((s) => s.key);

/** A provider of the given category from the registry; landline-first providers are rare, so one is made up. */
function providerOf(category: PlaybookCategory): Provider {
  const found = registry.find((p) => playbookCategoryOf(p) === category);
  if (found) return found;
  if (category !== 'landline') throw new Error(`no ${category} provider`);
  return { ...providerById('att')!, id: 'landline-co', categories: ['landline'] };
}

describe('playbooks per category and intent', () => {
  const categories: PlaybookCategory[] = ['cable_internet', 'wireless', 'landline', 'satellite_tv', 'utility', 'streaming'];
  it.each(categories)('%s: close and transfer differ, and both start by telling the provider', (category) => {
    const p = providerOf(category);
    const close = keys(p, 'close');
    const transfer = keys(p, 'transfer');
    expect(close[0]).toBe('notify');
    expect(transfer[0]).toBe('notify');
    expect(close).toContain('confirmation');
    expect(close).toContain('final-bill');
    expect(close).toContain('autopay');
    expect(transfer).not.toContain('final-bill');
    expect(transfer).toContain('confirm-new-name');
    expect(transfer).toContain('new-holder-requirements');
    expect(new Set(close).size).toBe(close.length);
  });

  it('asks for proof of death except for streaming', () => {
    expect(keys(providerOf('utility'), 'close')).toContain('proof-of-death');
    expect(keys(providerOf('streaming'), 'close')).not.toContain('proof-of-death');
    expect(keys(providerOf('streaming'), 'close')).toContain('cancel-subscription');
  });

  it('covers equipment, installments, fee waivers and email where they apply', () => {
    const cable = keys(providerById('xfinity')!, 'close');
    expect(cable).toEqual(expect.arrayContaining(['list-equipment', 'fee-waiver', 'email-address', 'refund', 'disconnect-date']));
    const wireless = keys(providerById('t-mobile')!, 'close');
    expect(wireless).toEqual(expect.arrayContaining(['installments', 'fee-waiver']));
    expect(keys(providerOf('utility'), 'close')).not.toContain('list-equipment');
  });

  it('a utility transfer warns about a new account and a deposit', () => {
    const steps = buildSteps({
      provider: providerOf('utility'),
      intent: 'transfer',
      estateCase: { survivorName: 'Ann', deceasedName: 'Bob' },
    });
    expect(steps.find((s) => s.key === 'new-holder-requirements')?.detail).toMatch(/new account .* deposit/);
    expect(steps.find((s) => s.key === 'confirm-new-name')?.title).toBe("Check the next bill is in Ann's name");
  });

  it('returns each device separately when closing', () => {
    const ks = keys(providerById('xfinity')!, 'close', [
      { id: 'd1', label: 'Living room box', kind: 'tv_box' },
      { id: 'd2', label: 'Bedroom box', kind: 'tv_box' },
    ]);
    expect(ks).toContain('return-device:d1');
    expect(ks).toContain('return-device:d2');
  });

  it('uses the registry: Xfinity names its form and its documents', () => {
    const steps = buildSteps({ provider: providerById('xfinity')!, intent: 'close' });
    expect(steps.find((s) => s.key === 'notify')?.detail).toContain('account-holder-passed-away');
    expect(steps.find((s) => s.key === 'proof-of-death')?.detail).toContain('a death certificate');
    expect(steps.find((s) => s.key === 'disconnect-date')?.detail).toMatch(/120 days/);
  });

  it('adds no "decide" step: the choice is made with the buttons above the checklist', () => {
    for (const intent of ['undecided', 'close', 'transfer'] as const)
      expect(keys(providerById('xfinity')!, intent)).not.toContain('decide');
  });
});

describe('checklists that fit the category', () => {
  const categories: PlaybookCategory[] = ['cable_internet', 'wireless', 'landline', 'satellite_tv', 'utility', 'streaming'];
  const equipment = ['list-equipment', 'installments'];

  it.each(categories)('%s: equipment steps only where the provider supplies devices', (category) => {
    const p = providerOf(category);
    const steps = buildSteps({ provider: p, intent: 'close' });
    const has = steps.some((s) => equipment.includes(s.key));
    expect(has).toBe(!['utility', 'streaming'].includes(category));
    expect(hasEquipmentSteps(p)).toBe(!['utility', 'streaming'].includes(category));
    const mentionsEquipment = steps.some((s) => /equipment/i.test(`${s.title} ${s.detail ?? ''}`));
    expect(mentionsEquipment).toBe(!['utility', 'streaming'].includes(category));
  });

  it('Netflix: no disconnect date, no equipment on the final bill, a subscription to cancel', () => {
    const steps = buildSteps({ provider: providerById('netflix')!, intent: 'close' });
    const ks = steps.map((s) => s.key);
    expect(ks).not.toContain('disconnect-date');
    expect(ks).not.toContain('list-equipment');
    expect(ks).toContain('cancel-subscription');
    expect(steps.find((s) => s.key === 'final-bill')?.detail).toBe('Look for a charge after the cancellation.');
    expect(hasEquipmentSteps(providerById('netflix')!)).toBe(false);
  });

  it('a utility still chooses its disconnect date', () => {
    expect(keys(providerOf('utility'), 'close')).toContain('disconnect-date');
  });

  it('offers "move it into their name" unless the registry says the provider only closes; unknown keeps both', () => {
    const amazon = providerById('amazon-prime')!;
    expect(amazon.bereavement?.options.map((o) => o.option)).toEqual(['close']);
    expect(intentsOffered(amazon)).toEqual(['close', 'undecided']);
    expect(intentsOffered(providerById('xfinity')!)).toEqual(['close', 'transfer', 'undecided']);
    expect(intentsOffered({ bereavement: undefined })).toEqual(['close', 'transfer', 'undecided']);
    expect(intentsOffered(undefined)).toEqual(['close', 'transfer', 'undecided']);
  });

  it('names device kinds with a capital, as everywhere else', () => {
    const detail = buildSteps({ provider: providerById('cox')!, intent: 'close' }).find((s) => s.key === 'list-equipment')?.detail;
    expect(detail).toMatch(/sources name: [A-Z]/);
    expect(detail).not.toMatch(/sources name: .*\b(cable modem|tv box)\b/);
  });
});

describe('when no bereavement process is known', () => {
  it('says so plainly, and sends the family to the number on the bill', () => {
    const spectrum = providerById('spectrum')!;
    expect(spectrum.bereavement?.status).toBe('none found');
    const notify = buildSteps({ provider: spectrum, intent: 'close' }).find((s) => s.key === 'notify');
    expect(notify?.detail).toBe(
      'No published bereavement process was found for Spectrum: use the number on the bill, and record the call.',
    );
    expect(noBereavementProcessText(spectrum)).toBe(notify?.detail);
  });

  it('never offers a general customer-service number as a bereavement line', () => {
    for (const p of registry) {
      const notify = buildSteps({ provider: p, intent: 'close' }).find((s) => s.key === 'notify')!;
      for (const c of p.contact) expect(notify.detail ?? '', `${p.id} ${c.value}`).not.toContain(c.value);
    }
  });

  it('a site the user tracks has not been researched, and says that too', () => {
    const tracked = { ...providerById('xfinity')!, id: 'user-mycoop-com', name: 'My Co-op', bereavement: undefined };
    expect(buildSteps({ provider: tracked, intent: 'close' })[0]?.detail).toBe(
      "Nobody has looked up My Co-op's bereavement process yet: use the number on the bill, and record the call.",
    );
  });

  it('second-hand reports are named as such', () => {
    const verizon = providerById('verizon')!;
    const notify = buildSteps({ provider: verizon, intent: 'close' }).find((s) => s.key === 'notify');
    expect(notify?.detail).toMatch(/^No bereavement page of Verizon's own was found; other sites describe its process/);
    expect(notify?.detail).toContain('1.800.Verizon');
  });

  it('names only the devices its sources name', () => {
    const cox = buildSteps({ provider: providerById('cox')!, intent: 'close' }).find((s) => s.key === 'list-equipment');
    expect(cox?.detail).toContain("Devices Cox's sources name: TV box, Cable modem, Remote control.");
    const spectrum = buildSteps({ provider: providerById('spectrum')!, intent: 'close' }).find((s) => s.key === 'list-equipment');
    expect(spectrum?.detail).toBe('Add each one under Equipment: every device needs its own return receipt.');
  });
});

const apply = applyChanges;

describe('applying changes to stored steps', () => {
  const task = (id: string, title = id): Task => ({
    id,
    caseId: 'c',
    accountId: 'a',
    title,
    state: 'todo',
    order: 0,
    links: { contactIds: [], documentSentIds: [], evidenceIds: [] },
    createdAt: now,
    updatedAt: now,
  });

  it('drops removed steps, replaces changed ones where they were, adds new ones last, and keeps the rest as they were', () => {
    const [a, b, c] = [task('a'), task('b'), task('c')];
    const result = applyChanges([a, b, c], { put: [task('d'), task('b', 'B')], remove: ['a'] });
    expect(result.map((t) => t.title)).toEqual(['B', 'c', 'd']);
    expect(result[1]).toBe(c); // untouched steps are the same objects: nothing to write for them
  });

  it('changes nothing when there is nothing to change', () => {
    const steps = [task('a'), task('b')];
    expect(applyChanges(steps, { put: [], remove: [] })).toEqual(steps);
    expect(applyChanges(steps, { put: [], remove: [] }).every((t, i) => t === steps[i])).toBe(true);
  });
});

describe('regenerating keeps what the user did', () => {
  const xfinity = providerById('xfinity')!;
  const steps = (intent: Intent) => buildSteps({ provider: xfinity, intent });

  it('creates tasks, then is idempotent', () => {
    const first = apply([], mergeChecklist(account, [], steps('close'), now, makeId));
    expect(first.length).toBe(steps('close').length);
    const again = mergeChecklist(account, first, steps('close'), now, makeId);
    expect(again).toEqual({ put: [], remove: [] });
  });

  it('keeps ticks, notes, dates and links across a change of intent, and back', () => {
    let tasks = apply([], mergeChecklist(account, [], steps('close'), now, makeId));
    const notify = tasks.find((t) => t.stepKey === 'notify')!;
    const finalBill = tasks.find((t) => t.stepKey === 'final-bill')!;
    const untouched = tasks.find((t) => t.stepKey === 'refund')!;
    tasks = tasks.map((t) =>
      t.id === notify.id
        ? { ...t, state: 'done' as const, note: 'Called on 3/4' }
        : t.id === finalBill.id
          ? { ...t, dueDate: '2026-05-01', links: { contactIds: ['c1'], documentSentIds: [], evidenceIds: [] } }
          : t,
    );
    tasks.push({ ...notify, id: 'mine', stepKey: undefined, title: 'My own step', state: 'todo', note: undefined });

    tasks = apply(tasks, mergeChecklist(account, tasks, steps('transfer'), now, makeId));
    expect(tasks.find((t) => t.id === notify.id)).toMatchObject({ state: 'done', note: 'Called on 3/4' });
    expect(tasks.find((t) => t.id === finalBill.id)).toMatchObject({ dueDate: '2026-05-01' }); // touched: kept though not in transfer
    expect(tasks.find((t) => t.id === untouched.id)).toBeUndefined(); // untouched and no longer applies: gone
    expect(tasks.find((t) => t.id === 'mine')).toBeDefined();
    expect(tasks.some((t) => t.stepKey === 'confirm-new-name')).toBe(true);
    expect(mergeChecklist(account, tasks, steps('transfer'), now, makeId)).toEqual({ put: [], remove: [] });

    tasks = apply(tasks, mergeChecklist(account, tasks, steps('close'), now, makeId));
    expect(tasks.filter((t) => t.stepKey === 'final-bill')).toHaveLength(1);
    expect(tasks.find((t) => t.stepKey === 'final-bill')).toMatchObject({ id: finalBill.id, dueDate: '2026-05-01' });
    expect(tasks.find((t) => t.stepKey === 'final-bill')!.links.contactIds).toEqual(['c1']);
    expect(mergeChecklist(account, tasks, steps('close'), now, makeId)).toEqual({ put: [], remove: [] });
  });

  it('follows a change in the provider data without touching state', () => {
    let tasks = apply([], mergeChecklist(account, [], steps('close'), now, makeId));
    tasks = tasks.map((t) => (t.stepKey === 'notify' ? { ...t, state: 'waiting' as const } : t));
    const changed: Provider = { ...xfinity, name: 'Xfinity by Comcast' };
    tasks = apply(tasks, mergeChecklist(account, tasks, buildSteps({ provider: changed, intent: 'close' }), now, makeId));
    expect(tasks.find((t) => t.stepKey === 'notify')).toMatchObject({ title: 'Tell Xfinity by Comcast about the death', state: 'waiting' });
  });
});

describe('account status is derived', () => {
  const t = (state: Task['state']) => ({ state });
  it.each([
    [[], 'not_started'],
    [[t('todo'), t('todo')], 'not_started'],
    [[t('done'), t('todo')], 'in_progress'],
    [[t('skipped'), t('todo')], 'in_progress'],
    [[t('done'), t('waiting')], 'waiting'],
    [[t('done'), t('skipped')], 'done'],
  ] as const)('%j -> %s', (tasks, status) => expect(accountStatus(countStates(tasks))).toBe(status));

  it('orders open steps first, in playbook order', () => {
    const mk = (state: Task['state'], order: number) => ({ state, order, createdAt: now });
    expect(orderTasks([mk('done', 0), mk('todo', 2), mk('waiting', 1), mk('todo', 1)]).map((x) => `${x.state}${x.order}`)).toEqual([
      'todo1',
      'todo2',
      'waiting1',
      'done0',
    ]);
  });

  it('puts what is due by today first, overdue before due today', () => {
    const mk = (order: number, dueDate?: string) => ({ state: 'todo' as const, order, createdAt: now, dueDate });
    const ordered = orderTasks([mk(0), mk(1, '2026-04-10'), mk(2, '2026-04-03'), mk(3, '2026-04-01')], '2026-04-03');
    expect(ordered.map((t) => t.order)).toEqual([3, 2, 0, 1]);
  });
});
