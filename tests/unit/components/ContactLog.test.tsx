// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { ContactLog, type LogEntry } from '../../../components/ContactLog';
import type { Contact, Escalation } from '../../../lib/model';

const stamp = '2026-03-10T12:00:00.000Z';
const call = (id: string, at: string): LogEntry => ({
  kind: 'contact',
  contact: { id, caseId: 'k', accountId: 'a', at, channel: 'call', createdAt: stamp, updatedAt: stamp } as Contact,
  promises: [],
});
const escalation = (over: Partial<Escalation>): Escalation => ({
  id: 'esc-1',
  caseId: 'k',
  accountId: 'a',
  level: 'regulator',
  rung: 'fcc',
  to: 'Federal Communications Commission',
  on: '2026-03-12',
  createdAt: stamp,
  updatedAt: stamp,
  ...over,
});

function showLog(entries: LogEntry[]) {
  const root = document.createElement('div');
  document.body.append(root);
  const opened: string[] = [];
  act(() =>
    render(
      <ContactLog
        entries={entries}
        total={entries.length}
        onMore={() => {}}
        today="2026-03-20"
        onOpenEscalation={(e) => opened.push(e.id)}
        blankContact={() => (call('new', stamp) as Extract<LogEntry, { kind: 'contact' }>).contact}
        onLog={() => null}
        onEdit={() => null}
        onResolvePromise={() => {}}
        onDelete={() => {}}
        fold={{ open: true, line: '', tone: 'warn' }}
        open
        onToggle={() => {}}
      />,
      root,
    ),
  );
  return { root, opened };
}

describe('escalations in the contact log', () => {
  it('shows each escalation where it falls among the calls: to whom, its reference, when the answer is due', () => {
    const { root } = showLog([
      call('later-call', '2026-03-15T15:00:00.000Z'),
      { kind: 'escalation', escalation: escalation({ referenceNumber: 'FCC-7781', followUpDate: '2026-04-11' }) },
      call('first-call', '2026-03-10T15:00:00.000Z'),
    ]);
    const items = [...root.querySelectorAll<HTMLElement>('ol.records > li')];
    expect(items.map((li) => li.dataset.testid)).toEqual(['contact', 'log-escalation', 'contact']);
    const entry = items[1]!;
    expect(entry.getAttribute('aria-label')).toBe('Escalated, Federal Communications Commission, Mar 12, 2026');
    expect(entry.textContent).toContain('Taken to Federal Communications Commission · ref. FCC-7781');
    expect(entry.querySelector('.pill')?.textContent).toBe('Answer by Apr 11, 2026');
  });

  it('says when the answer is late, or when they answered', () => {
    const late = showLog([{ kind: 'escalation', escalation: escalation({ followUpDate: '2026-03-19' }) }]).root;
    expect(late.querySelector('.pill.danger')?.textContent).toBe('No answer yet');
    const answered = showLog([
      { kind: 'escalation', escalation: escalation({ followUpDate: '2026-03-19', answeredOn: '2026-03-18' }) },
    ]).root;
    expect(answered.querySelector('.pill.ok')?.textContent).toBe('Answered Mar 18, 2026');
  });

  it('opens the escalation’s own record when chosen', () => {
    const { root, opened } = showLog([{ kind: 'escalation', escalation: escalation({}) }]);
    const open = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Open its record')!;
    act(() => open.click());
    expect(opened).toEqual(['esc-1']);
  });

  it('counts an account with only escalations as having entries', () => {
    const { root } = showLog([{ kind: 'escalation', escalation: escalation({}) }]);
    expect(root.textContent).not.toContain('No calls');
    expect(root.querySelectorAll('[data-testid="log-escalation"]')).toHaveLength(1);
  });
});
