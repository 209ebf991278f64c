// @vitest-environment happy-dom
import { render } from 'preact';
import { useState } from 'preact/hooks';
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

/** The log as the account's screen shows it: the newest `limit` of `total` calls read, more read at each "Show earlier calls". */
function Log(props: { total: number }) {
  const [limit, setLimit] = useState<number>(pageSizes.calls);
  const read = calls(Math.min(limit, props.total));
  return (
    <ContactLog
      entries={read}
      total={props.total}
      onMore={() => setLimit(read.length + pageSizes.calls)}
      today="2026-03-10"
      onOpenEscalation={() => {}}
      blankContact={() => calls(1)[0]!.contact}
      onLog={noop}
      onEdit={noop}
      onResolvePromise={() => {}}
      onDelete={() => {}}
      fold={{ open: true, line: '', tone: 'warn' }}
      open
      onToggle={() => {}}
    />
  );
}

function showLog(total: number) {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<Log total={total} />, root));
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
});
