/**
 * The first screen hands over to the live views without the user losing anything:
 * what they typed or ticked is carried into the same field of the live views (and told
 * to them, as if typed there), the focus and the caret stay where they were, and a
 * button pressed meanwhile (the first one) is pressed again once its live twin is there (only if the
 * live views show the very same thing: otherwise it might mean something else).
 *
 * Fields and buttons are matched by their place among the screen's own (the two draw
 * the same markup: firstScreen.tsx). The swap is one task: the browser paints the
 * first screen, then the live views, never a blank or a "Loading…" between.
 */

const FIELDS = 'input, textarea, select';
const FOCUSABLE = 'a[href], button, input, textarea, select, [tabindex]';

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export interface Held {
  /** Shows `next` (rendered hidden beside the first screen) in its place, with what the user did meanwhile. */
  handOver(next: HTMLElement): void;
}

const isToggle = (field: Field) => field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio');

/** Starts holding what the user does on `first` (the first screen's container). */
export function holdActions(first: HTMLElement): Held {
  const touched = new Set<Field>();
  // The first button pressed (what follows it depended on what it would have shown).
  let pressed: number | undefined;
  const onField = (e: Event) => {
    if (e.target instanceof HTMLElement && e.target.matches(FIELDS)) touched.add(e.target as Field);
  };
  // A button does nothing yet: it is remembered (pressing it again later would do it twice).
  const onClick = (e: MouseEvent) => {
    const button = e.target instanceof Element ? e.target.closest('button') : null;
    if (!button || !first.contains(button)) return;
    e.preventDefault();
    e.stopPropagation();
    pressed ??= [...first.querySelectorAll('button')].indexOf(button);
  };
  const onSubmit = (e: Event) => {
    e.preventDefault();
    e.stopPropagation();
  };
  first.addEventListener('input', onField, true);
  first.addEventListener('change', onField, true);
  first.addEventListener('click', onClick, true);
  first.addEventListener('submit', onSubmit, true);

  return {
    handOver(next) {
      // The live views show what the first screen showed (parts that load later, like the
      // offer to track a site, only come after it).
      const same = (next.textContent ?? '').startsWith(first.textContent ?? '');
      const pressedText = pressed === undefined ? undefined : first.querySelectorAll('button')[pressed]?.textContent;
      const fields = [...first.querySelectorAll<Field>(FIELDS)];
      const nextFields = [...next.querySelectorAll<Field>(FIELDS)];
      for (const field of touched) {
        const twin = nextFields[fields.indexOf(field)];
        if (!twin || twin.tagName !== field.tagName || twin.type !== field.type) continue;
        if (isToggle(field)) (twin as HTMLInputElement).checked = (field as HTMLInputElement).checked;
        else twin.value = field.value;
        twin.dispatchEvent(new Event('input', { bubbles: true }));
        twin.dispatchEvent(new Event('change', { bubbles: true }));
      }
      const active = document.activeElement;
      const focusIndex = active && first.contains(active) ? [...first.querySelectorAll(FOCUSABLE)].indexOf(active) : -1;
      const caret =
        active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement
          ? { start: active.selectionStart, end: active.selectionEnd }
          : undefined;
      const scroll = window.scrollY;

      next.hidden = false;
      first.remove();
      next.id = first.id;
      window.scrollTo(0, scroll);

      const target = focusIndex >= 0 ? next.querySelectorAll<HTMLElement>(FOCUSABLE)[focusIndex] : undefined;
      if (target) {
        target.focus({ preventScroll: true });
        if (caret && (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) && caret.start !== null) {
          try {
            target.setSelectionRange(caret.start, caret.end);
          } catch {
            // Not a field with a caret (a date, a number): the focus is enough.
          }
        }
      }
      const twin = pressed === undefined ? undefined : next.querySelectorAll('button')[pressed];
      if (same && twin && twin.textContent === pressedText) twin.click();
    },
  };
}
