/**
 * The first screen hands over to the live views without the user losing anything:
 * what they typed or ticked is carried into the same field of the live views (and told
 * to them, as if typed there), the focus and the caret stay where they were, and a
 * button pressed meanwhile (the first one) is pressed again once its live twin is there (only if the
 * live views show the very same thing: otherwise it might mean something else).
 *
 * Fields are matched by their name (and place among those of that name), buttons and
 * the rest by their place among the screen's own (the two draw the same markup:
 * firstScreen.tsx); in an account's screen, by their place in that account, which
 * holds even when something else appeared meanwhile (twinInAccount). The swap is one task: the browser paints the
 * first screen, then the live views, never a blank or a "Loading…" between.
 */

const FIELDS = 'input, textarea, select';
const FOCUSABLE = 'a[href], button, input, textarea, select, [tabindex]';

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export interface Held {
  /** Puts `next` (the live views, drawn out of the page) in the first screen's place, with what the user did meanwhile. */
  handOver(next: HTMLElement): void;
}

const isToggle = (field: Field) => field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio');

/** Starts holding what the user does on `first` (the first screen's container). */
export function holdActions(first: HTMLElement): Held {
  const touched = new Set<Field>();
  // The first button pressed (what follows it depended on what it would have shown).
  let pressed: number | undefined;
  const onField = (e: Event) => {
    if (!(e.target instanceof HTMLElement) || !e.target.matches(FIELDS)) return;
    touched.add(e.target as Field);
    // A box ticked or a choice made stays as the user left it: the first screen's components do
    // nothing with it, and drawing them again would undo it (a step's box shows its stored state).
    if (isToggle(e.target as Field)) e.stopPropagation();
  };
  // A button does nothing yet: it is remembered (pressing it again later would do it twice).
  // A section opened or folded (its summary pressed): the browser does it at once, and it is carried over.
  const opened = new Set<HTMLDetailsElement>();
  const onClick = (e: MouseEvent) => {
    const summary = e.target instanceof Element ? e.target.closest('summary') : null;
    if (summary?.parentElement instanceof HTMLDetailsElement && first.contains(summary)) opened.add(summary.parentElement);
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
      // offer to track a site, only come after it). If they show something else (a write
      // landed meanwhile), only what can be matched by its name is carried over.
      const same = (next.textContent ?? '').startsWith(first.textContent ?? '');
      const fields = [...first.querySelectorAll<Field>(FIELDS)];
      const nextFields = [...next.querySelectorAll<Field>(FIELDS)];
      const twinOf = (field: Field): Field | undefined => {
        const twin = field.name
          ? nextFields.filter((f) => f.name === field.name)[fields.filter((f) => f.name === field.name).indexOf(field)]
          : same
            ? nextFields[fields.indexOf(field)]
            : twinInAccount(field, first, next);
        return twin && twin.tagName === field.tagName && twin.type === field.type ? twin : undefined;
      };
      for (const field of touched) {
        const twin = twinOf(field);
        if (!twin) continue;
        if (isToggle(field)) (twin as HTMLInputElement).checked = (field as HTMLInputElement).checked;
        else twin.value = field.value;
        twin.dispatchEvent(new Event('input', { bubbles: true }));
        twin.dispatchEvent(new Event('change', { bubbles: true }));
      }
      // Sections opened or folded: the same in the live views (their toggle tells them).
      const allDetails = [...first.querySelectorAll('details')];
      const foldings = [...opened].flatMap((details) => {
        const twin = same ? next.querySelectorAll('details')[allDetails.indexOf(details)] : twinInAccount(details, first, next, 'details');
        return twin ? [{ twin, open: details.open }] : [];
      });
      const active = document.activeElement;
      const focusables = [...first.querySelectorAll(FOCUSABLE)];
      const focusTarget =
        active && first.contains(active)
          ? active.matches(FIELDS)
            ? twinOf(active as Field)
            : same
              ? next.querySelectorAll<HTMLElement>(FOCUSABLE)[focusables.indexOf(active)]
              : twinInAccount(active as HTMLElement, first, next)
          : undefined;
      const caret =
        active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement
          ? { start: active.selectionStart, end: active.selectionEnd }
          : undefined;
      // A button pressed: pressed again on its twin, if it means the same (the same screen,
      // the views' own navigation, the same on every screen, the same form, or the same
      // account's screen).
      const buttons = first.querySelectorAll('button');
      const button = pressed === undefined ? undefined : buttons[pressed];
      const twinButton = pressed === undefined ? undefined : next.querySelectorAll('button')[pressed];
      const press =
        button && twinButton && twinButton.textContent === button.textContent && (same || !!button.closest('nav'))
          ? twinButton
          : button && (sameFormButton(button, next) ?? twinInAccount(button, first, next));
      const scroll = window.scrollY;

      next.id = first.id;
      first.replaceWith(next);
      for (const { twin, open } of foldings) twin.open = open;
      window.scrollTo(0, scroll);

      if (focusTarget) {
        focusTarget.focus({ preventScroll: true });
        if (caret && (focusTarget instanceof HTMLInputElement || focusTarget instanceof HTMLTextAreaElement) && caret.start !== null) {
          try {
            focusTarget.setSelectionRange(caret.start, caret.end);
          } catch {
            // Not a field with a caret (a date, a number): the focus is enough.
          }
        }
      }
      press?.click();
    },
  };
}

/** The names of a form's fields, in order: two forms with the same are the same form. */
const fieldNames = (form: HTMLFormElement) => [...form.querySelectorAll<Field>(FIELDS)].map((f) => f.name).join('|');

/**
 * A button of a form, pressed on the first screen, in the live views: the same form
 * (its fields' names, which carried the values over) and a button of the same words.
 * Something else on the screen may differ (a header read again); the form still means
 * the same, and a "Start" pressed there is not lost.
 */
function sameFormButton(button: HTMLButtonElement, next: HTMLElement): HTMLButtonElement | undefined {
  const form = button.closest('form');
  if (!form) return undefined;
  const names = fieldNames(form);
  const twin = [...next.querySelectorAll('form')].filter((f) => fieldNames(f) === names);
  if (twin.length !== 1) return undefined;
  return [...twin[0]!.querySelectorAll('button')].find((b) => b.textContent === button.textContent);
}

/**
 * An element of an account's screen (article.account), in the live views: in the account
 * at the same place with the same name, the element of the same kind, words and place
 * in the account's parts (the same parents up to the account), at the same place among
 * those. The rest of the screen may differ (the escalation ladder, whose code loads
 * apart, appears in an account once it has loaded, with buttons of its own); a "Log a
 * call or message" pressed in the second account is still that account's.
 */
function twinInAccount<T extends Element>(element: T, first: HTMLElement, next: HTMLElement, among = FOCUSABLE): T | undefined {
  const account = element.closest('article.account');
  if (!account) return undefined;
  const twinAccount = next.querySelectorAll('article.account')[[...first.querySelectorAll('article.account')].indexOf(account)];
  if (!twinAccount || twinAccount.getAttribute('aria-label') !== account.getAttribute('aria-label')) return undefined;
  const place = (e: Element) => {
    const parts: string[] = [];
    for (let at: Element | null = e; at && !at.matches('article.account'); at = at.parentElement)
      parts.push(`${at.tagName}.${at.className}`);
    // A section by its summary's words (what it holds may be drawn only once opened).
    const words = e instanceof HTMLDetailsElement ? e.querySelector(':scope > summary')?.textContent : e.textContent;
    return `${parts.join('<')}:${words}`;
  };
  const alike = (root: Element) => [...root.querySelectorAll(among)].filter((e) => place(e) === place(element));
  return alike(twinAccount)[alike(account).indexOf(element)] as T | undefined;
}
