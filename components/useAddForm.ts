import { useEffect, useRef, useState } from 'preact/hooks';
import type { FieldErrors } from './RecordEditor';

/**
 * The "add" form of a section: closed until asked for, from the section's own button
 * or from a quick action (a bumped `request`), which also brings it into view and
 * puts the cursor in its first field.
 */
export function useAddForm<T>(blank: () => T, request: number | undefined) {
  const section = useRef<HTMLElement>(null);
  const [adding, setAdding] = useState<T | null>(null);
  useEffect(() => {
    if (!request) return;
    setAdding(blank());
    requestAnimationFrame(() => {
      section.current?.scrollIntoView({ block: 'start' });
      section.current?.querySelector<HTMLElement>('form input, form select')?.focus();
    });
  }, [request]);
  /** Wraps a save: the form closes once the record is saved, and stays open with its errors otherwise. */
  const closingOnSave =
    <A extends unknown[]>(save: (...args: A) => FieldErrors | null) =>
    (...args: A) => {
      const errors = save(...args);
      if (!errors) setAdding(null);
      return errors;
    };
  return { section, adding, setAdding, closingOnSave };
}

/**
 * Focus for a record just saved: it takes the focus once it is in the list (the write lands
 * a moment after the save), found by its `record-<id>` element. `shown` is the list it appears in.
 * `saved(id)` says whether a record was saved here since the list was drawn: a list shown a
 * part at a time keeps such a record among those shown, wherever its order puts it.
 */
export function useFocusWhenShown(shown: unknown): { setFocusId: (id: string) => void; saved: (id: string) => boolean } {
  const [focusId, setFocus] = useState<string | null>(null);
  const savedHere = useRef(new Set<string>());
  const setFocusId = (id: string) => {
    savedHere.current.add(id);
    setFocus(id);
  };
  useEffect(() => {
    if (!focusId) return;
    const item = document.getElementById(`record-${focusId}`);
    if (item) {
      item.focus();
      setFocus(null);
    }
  }, [focusId, shown]);
  return { setFocusId, saved: (id) => savedHere.current.has(id) };
}
