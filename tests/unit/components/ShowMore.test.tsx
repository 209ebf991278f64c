// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { ContactLog } from '../../../components/ContactLog';
import { pageSizes } from '../../../components/ShowMore';
import type { Contact } from '../../../lib/model';

const stamp = '2026-03-10T12:00:00.000Z';
/** `n` calls, newest first, as the account's screen passes them. */
const calls = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    kind: 'contact' as const,
    contact: {
      id: `con-${i}`,
      caseId: 'case-1',
      accountId: 'acc-1',
      at: new Date(Date.parse(stamp) - i * 60_000).toISOString(),
      channel: 'call',
      representative: `Rep ${i}`,
      createdAt: stamp,
      updatedAt: stamp,
    } as Contact,
    promises: [],
  }));
const noop = () => null;

function showLog(n: number, reveal?: string) {
  const root = document.createElement('div');
  document.body.append(root);
  act(() =>
    render(
      <ContactLog
        entries={calls(n)}
        today="2026-03-10"
        onOpenEscalation={() => {}}
        reveal={reveal}
        blankContact={() => calls(1)[0]!.contact}
        onLog={noop}
        onEdit={noop}
        onResolvePromise={() => {}}
        onDelete={() => {}}
      />,
      root,
    ),
  );
  const entries = () => [...root.querySelectorAll<HTMLElement>('[data-testid="contact"]')].map((e) => e.dataset.id);
  const more = () => [...root.querySelectorAll('button')].find((b) => b.textContent === 'Show earlier calls');
  return { root, entries, more };
}

describe('a long contact log, a page at a time', () => {
  it('shows every entry of a log no longer than a page, and no button', () => {
    const { entries, more } = showLog(pageSizes.calls);
    expect(entries()).toHaveLength(pageSizes.calls);
    expect(more()).toBeUndefined();
  });

  it('shows the latest entries; "Show earlier calls" adds the next ones and moves the focus to the first of them', () => {
    const { root, entries, more } = showLog(2 * pageSizes.calls + 5);
    expect(entries()).toEqual(calls(pageSizes.calls).map((c) => c.contact.id));
    expect(root.textContent).toContain(`The latest ${pageSizes.calls} of ${2 * pageSizes.calls + 5} calls and messages are shown.`);

    act(() => more()!.click());
    expect(entries()).toHaveLength(2 * pageSizes.calls);
    expect(document.activeElement?.getAttribute('data-id')).toBe(`con-${pageSizes.calls}`);

    act(() => more()!.click());
    expect(entries()).toHaveLength(2 * pageSizes.calls + 5);
    expect(more()).toBeUndefined();
  });

  it('shows down to an entry a reminder opens, however old', () => {
    const { entries } = showLog(100, 'con-70');
    expect(entries()).toHaveLength(71);
    expect(entries().at(-1)).toBe('con-70');
  });
});
