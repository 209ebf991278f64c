// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
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
});
