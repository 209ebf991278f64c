// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { type ShownTask, TaskList } from '../../../components/TaskList';

const stamp = '2026-03-10T12:00:00.000Z';
const step = (id: string, state: ShownTask['state']): ShownTask =>
  ({
    id,
    caseId: 'case-1',
    accountId: 'acc-1',
    title: `Step ${id}`,
    state,
    storedState: state,
    order: 1,
    links: { contactIds: [], documentSentIds: [], evidenceIds: [] },
    createdAt: stamp,
    updatedAt: stamp,
  }) as ShownTask;
const steps = [step('a', 'todo'), step('b', 'done'), step('c', 'skipped')];

function show(reveal?: string): HTMLElement {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  act(() =>
    render(
      <TaskList
        tasks={steps}
        today="2026-03-10"
        reveal={reveal}
        linkables={undefined}
        onNeedLinkables={() => {}}
        onChange={() => {}}
        onAdd={() => {}}
        onDelete={() => {}}
      />,
      root,
    ),
  );
  return root;
}

const titles = (root: HTMLElement) => [...root.querySelectorAll('.task-title')].map((e) => e.textContent);

describe('the checklist draws its done or skipped steps once their folded list is opened', () => {
  it('folded: counted in its summary, not drawn', async () => {
    const root = show();
    const folded = root.querySelector<HTMLDetailsElement>('details.closed-steps')!;
    expect(folded.querySelector('summary')!.textContent).toBe('Done or skipped (2)');
    expect(titles(root)).toEqual(['Step a']);
    await act(async () => {
      folded.open = true;
      folded.dispatchEvent(new Event('toggle'));
    });
    expect(titles(root)).toEqual(['Step a', 'Step b', 'Step c']);
  });

  it('drawn at once when a step a reminder opens is among them', () => {
    expect(titles(show('c'))).toEqual(['Step a', 'Step b', 'Step c']);
  });
});
