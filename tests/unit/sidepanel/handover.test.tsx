// @vitest-environment happy-dom
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import type { CaseFormValues } from '../../../components/CaseForm';
import { FirstRun } from '../../../components/FirstRun';
import { holdActions } from '../../../entrypoints/sidepanel/handover';

/** A screen as firstScreen.tsx and the live views draw it: a header, then the first-run form. */
function screen(header: string): { root: HTMLElement; submitted: () => string[] } {
  const root = document.createElement('div');
  root.id = 'app';
  root.innerHTML = `<h2>${header}</h2><form><label>Their full name <input name="deceasedName"></label><button type="submit">Start</button></form><nav><button type="button">Reminders</button></nav>`;
  const seen: string[] = [];
  root.querySelector('form')!.addEventListener('submit', (e) => {
    e.preventDefault();
    seen.push((root.querySelector('input[name="deceasedName"]') as HTMLInputElement).value);
  });
  return { root, submitted: () => seen };
}

describe('the first screen hands over to the live views', () => {
  it('a form pressed on the first screen is submitted in the live views with what was typed, even when a header above it reads differently', () => {
    const first = screen('Xfinity · Billing');
    document.body.replaceChildren(first.root);
    const held = holdActions(first.root);
    const name = first.root.querySelector('input')!;
    name.value = 'Robert Miller';
    name.dispatchEvent(new Event('input', { bubbles: true }));
    first.root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    // Held, not done, on the first screen.
    expect(first.submitted()).toEqual([]);

    const live = screen('Xfinity · Sign in');
    held.handOver(live.root);
    expect(document.getElementById('app')).toBe(live.root);
    expect(live.submitted()).toEqual(['Robert Miller']);
  });

  it('a button pressed on a screen that differs, outside a form or the navigation, is not pressed (it might mean something else)', () => {
    const first = screen('Xfinity · Billing');
    first.root.insertAdjacentHTML('beforeend', '<button type="button" id="other">Add Xfinity to this estate</button>');
    document.body.replaceChildren(first.root);
    const held = holdActions(first.root);
    first.root.querySelector<HTMLButtonElement>('#other')!.click();
    const live = screen('Spectrum · Billing');
    live.root.insertAdjacentHTML('beforeend', '<button type="button" id="other">Add Xfinity to this estate</button>');
    let pressed = 0;
    live.root.querySelector('#other')!.addEventListener('click', () => {
      pressed += 1;
    });
    held.handOver(live.root);
    expect(pressed).toBe(0);
    expect(live.submitted()).toEqual([]);
  });

  it("a button of an account's screen is pressed in the same account of the live views, though its escalation ladder appeared meanwhile", () => {
    const accounts = (ladder: boolean) => {
      const root = document.createElement('div');
      root.id = 'app';
      root.innerHTML = ['first', 'second']
        .map(
          (n) =>
            `<article class="account" aria-label="Xfinity account"><h3>Xfinity ${n}</h3>${
              ladder
                ? '<section class="escalation"><h4>If they do not answer</h4><button type="button">Log a call or message</button></section>'
                : ''
            }<div class="quick-actions"><button type="button">Log a call or message</button><button type="button">Add a device</button></div></article>`,
        )
        .join('');
      return root;
    };
    const first = accounts(false);
    document.body.replaceChildren(first);
    const held = holdActions(first);
    const second = first.querySelectorAll('article')[1]!;
    second.querySelector<HTMLButtonElement>('.quick-actions button')!.click();
    second.querySelector<HTMLButtonElement>('.quick-actions button')!.focus();

    const live = accounts(true);
    const pressed: string[] = [];
    live.querySelectorAll('article').forEach((article, i) => {
      for (const button of article.querySelectorAll('button'))
        button.addEventListener('click', () => pressed.push(`${i}:${button.closest('section, div')!.className}:${button.textContent}`));
    });
    held.handOver(live);
    // The second account's quick action, not the ladder's button of the same words, nor the first account's.
    expect(pressed).toEqual(['1:quick-actions:Log a call or message']);
    expect(document.activeElement).toBe(live.querySelectorAll('article')[1]!.querySelector('.quick-actions button'));
  });

  it("an account's button is not pressed when the live views show other accounts there", () => {
    const account = (name: string) => {
      const root = document.createElement('div');
      root.id = 'app';
      root.innerHTML = `<article class="account" aria-label="${name} account"><h3>${name}</h3><div class="quick-actions"><button type="button">Add a device</button></div></article>`;
      return root;
    };
    const first = account('Xfinity');
    document.body.replaceChildren(first);
    const held = holdActions(first);
    first.querySelector('button')!.click();
    const live = account('Spectrum');
    let pressed = 0;
    live.querySelector('button')!.addEventListener('click', () => {
      pressed += 1;
    });
    held.handOver(live);
    expect(pressed).toBe(0);
  });

  it("a step ticked in an account's screen (a box with no name) is ticked in the same account of the live views, though its escalation ladder appeared meanwhile", () => {
    const account = (ladder: boolean) => {
      const root = document.createElement('div');
      root.id = 'app';
      root.innerHTML = `<article class="account" aria-label="Xfinity account"><h3>Xfinity</h3>${
        ladder ? '<section class="escalation"><label><input type="checkbox"> Sent by mail</label></section>' : ''
      }<ul class="checklist"><li class="task"><label><input type="checkbox"> Call them back</label></li><li class="task"><label><input type="checkbox"> Send the certificate</label></li></ul></article>`;
      return root;
    };
    const first = account(false);
    document.body.replaceChildren(first);
    const held = holdActions(first);
    const box = first.querySelectorAll<HTMLInputElement>('.checklist input')[1]!;
    box.click();
    const live = account(true);
    const changed: string[] = [];
    live.addEventListener('change', (e) => changed.push((e.target as HTMLElement).closest('label')!.textContent!.trim()));
    held.handOver(live);
    expect(changed).toEqual(['Send the certificate']);
    expect([...live.querySelectorAll<HTMLInputElement>('input')].map((b) => b.checked)).toEqual([false, false, true]);
  });

  it('a section of an account opened on the first screen (its summary pressed) is open in the live views; one folded stays folded', () => {
    const account = (ladder: boolean) => {
      const root = document.createElement('div');
      root.id = 'app';
      root.innerHTML = `<article class="account" aria-label="Xfinity account">${
        ladder ? '<section class="escalation"><details><summary>Why</summary></details></section>' : ''
      }<section class="fold"><details><summary>Equipment</summary><p>No devices</p></details></section><section class="fold"><details open><summary>Contact log</summary><p>1 call</p></details></section></article>`;
      return root;
    };
    const first = account(false);
    document.body.replaceChildren(first);
    const held = holdActions(first);
    const [equipment, log] = first.querySelectorAll('details');
    equipment!.querySelector('summary')!.click();
    log!.querySelector('summary')!.click();
    expect([equipment!.open, log!.open]).toEqual([true, false]);
    const live = account(true);
    held.handOver(live);
    expect([...live.querySelectorAll('details')].map((d) => d.open)).toEqual([false, true, false]);
  });

  it('a step ticked on the first screen stays ticked there though its list draws again (its box shows the stored state), and is ticked in the live views', async () => {
    // A step's box as the checklist draws it: checked when stored done; ticking it draws the list again.
    function Step(props: { onTick: (done: boolean) => void }) {
      const [, setTicks] = useState(0);
      return (
        <article class="account" aria-label="Xfinity account">
          <label>
            <input
              type="checkbox"
              checked={false}
              onChange={(e) => {
                setTicks((n) => n + 1);
                props.onTick(e.currentTarget.checked);
              }}
            />
            Call them back
          </label>
        </article>
      );
    }
    const first = document.createElement('div');
    first.id = 'app';
    document.body.replaceChildren(first);
    const firstTicks: boolean[] = [];
    act(() => render(<Step onTick={(done) => firstTicks.push(done)} />, first));
    const held = holdActions(first);
    await act(async () => first.querySelector('input')!.click());
    expect(first.querySelector('input')!.checked).toBe(true);
    expect(firstTicks).toEqual([]);

    const live = document.createElement('div');
    const liveTicks: boolean[] = [];
    act(() => render(<Step onTick={(done) => liveTicks.push(done)} />, live));
    held.handOver(live);
    expect(liveTicks).toEqual([true]);
  });

  it('the first-run form: a name and a date typed on the first screen are both what the live form saves', async () => {
    const saved: CaseFormValues[] = [];
    const draw = (onSubmit: (values: CaseFormValues) => void) => {
      const root = document.createElement('div');
      root.id = 'app';
      act(() => render(<FirstRun errors={{}} onSubmit={onSubmit} />, root));
      return root;
    };
    const first = draw(() => undefined);
    document.body.replaceChildren(first);
    const held = holdActions(first);
    for (const [name, value] of [
      ['deceasedName', 'Robert Miller'],
      ['dateOfDeath', '2026-03-02'],
    ]) {
      const field = first.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
      field.value = value!;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    }
    const live = draw((values) => saved.push(values));
    await act(async () => held.handOver(live));
    await act(async () => live.querySelector<HTMLButtonElement>('button[type="submit"]')!.click());
    expect(saved.map((v) => [v.deceasedName, v.dateOfDeath])).toEqual([['Robert Miller', '2026-03-02']]);
  });
});
