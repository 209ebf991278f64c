// @vitest-environment happy-dom
/**
 * Two changes that come before the form draws again (the first screen hands over what
 * was typed there field after field; a browser may fill several fields at once) are
 * both kept: each is laid over the values as they are now, not as they were last drawn.
 * Each test dispatches its changes in one go, with no redraw between them; drawn
 * between them, the old code passed too.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { ContactLog } from '../../../components/ContactLog';
import { DeviceSection } from '../../../components/DeviceSection';
import { type FieldErrors, useRecordEditor } from '../../../components/RecordEditor';
import type { Contact, Device } from '../../../lib/model';

const stamp = '2026-03-10T12:00:00.000Z';
const fold = { open: true, line: '', tone: 'warn' } as const;

function mount(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  act(() => render(node, root));
  return root;
}

/** Sets each field's value and sends its event, one after another, without drawing between (act draws once, after). */
function typeAtOnce(fields: Array<[HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, string, 'input' | 'change']>) {
  act(() => {
    for (const [field, value, kind] of fields) {
      field.value = value;
      field.dispatchEvent(new Event(kind, { bubbles: true }));
    }
  });
}

const submit = (root: HTMLElement) => act(() => root.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click());

describe('changes that come before a redraw are all kept', () => {
  it('an edited record (useRecordEditor): the second save holds the first change too', () => {
    const saves: Array<Record<string, unknown>> = [];
    function Editor() {
      const { bind } = useRecordEditor<{ id: string; a?: string; b?: string }>({ id: 'r' }, (candidate): FieldErrors | null => {
        saves.push(candidate);
        return null;
      });
      return (
        <>
          <input name="a" {...bind('a')} />
          <input name="b" {...bind('b')} />
        </>
      );
    }
    const root = mount(<Editor />);
    const [a, b] = root.querySelectorAll('input');
    typeAtOnce([
      [a!, 'first', 'change'],
      [b!, 'second', 'change'],
    ]);
    expect(saves.at(-1)).toEqual({ id: 'r', a: 'first', b: 'second' });
    expect([a!.value, b!.value]).toEqual(['first', 'second']);
  });

  it('a device added: its name and serial number both saved', () => {
    const saved: Device[] = [];
    const root = mount(
      <DeviceSection
        addRequest={1}
        devices={[]}
        suggestedKinds={['cable_modem']}
        blankDevice={() =>
          ({
            id: 'd1',
            caseId: 'k',
            accountId: 'a',
            kind: 'cable_modem',
            label: '',
            state: 'pending',
            createdAt: stamp,
            updatedAt: stamp,
          }) as Device
        }
        today="2026-03-20"
        onSave={(device) => {
          saved.push(device);
          return null;
        }}
        onDelete={() => {}}
        fold={fold}
        open
        onToggle={() => {}}
      />,
    );
    const [label, serial] = root.querySelectorAll<HTMLInputElement>('form input');
    typeAtOnce([
      [label!, 'Xfinity modem', 'input'],
      [serial!, 'SN-4471', 'input'],
    ]);
    submit(root);
    expect(saved.map((d) => [d.label, d.serial])).toEqual([['Xfinity modem', 'SN-4471']]);
  });

  it('a call logged: who was spoken to and what they said both saved', () => {
    const logged: Contact[] = [];
    const root = mount(
      <ContactLog
        addRequest={1}
        entries={[]}
        total={0}
        onMore={() => {}}
        today="2026-03-20"
        onOpenEscalation={() => {}}
        blankContact={() =>
          ({ id: 'c1', caseId: 'k', accountId: 'a', at: stamp, channel: 'call', createdAt: stamp, updatedAt: stamp }) as Contact
        }
        onLog={(contact) => {
          logged.push(contact);
          return null;
        }}
        onEdit={() => null}
        onResolvePromise={() => {}}
        onDelete={() => {}}
        fold={fold}
        open
        onToggle={() => {}}
      />,
    );
    const form = root.querySelector('form')!;
    typeAtOnce([
      [form.querySelectorAll<HTMLInputElement>('input:not([type])')[0]!, 'Dana', 'input'],
      [form.querySelector('textarea')!, 'Said the account is closed', 'input'],
    ]);
    submit(root);
    expect(logged.map((c) => [c.representative, c.summary])).toEqual([['Dana', 'Said the account is closed']]);
  });
});
