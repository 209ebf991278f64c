import { useRef, useState } from 'preact/hooks';

/** What stopped a save, one message by field. */
export type FieldErrors = Record<string, string>;

/** Saves a record: returns the field errors that stopped it, or null when it was saved. */
export type SaveRecord<T> = (candidate: T) => FieldErrors | null;

/**
 * Edit-in-place state for one record: every change is validated and saved at once;
 * an invalid change stays on screen with its message and is not saved.
 *
 * Local edits are laid over the stored record until the store reflects them, so a
 * save that lands late never wipes out what was typed after it. Each change is laid over
 * the edits as they are now, not as last drawn: two changes that come before a redraw
 * (handed over from the first screen, or filled in at once) are both kept.
 */
export function useRecordEditor<T extends object>(record: T, save: (candidate: T) => FieldErrors | null) {
  const [edits, setEdits] = useState<Partial<T>>({});
  const [errors, setErrors] = useState<FieldErrors>({});
  const latest = useRef(edits);
  latest.current = edits;
  const stored = record as Record<string, unknown>;
  const pendingOf = (e: Partial<T>) => Object.fromEntries(Object.entries(e).filter(([k, v]) => stored[k] !== v)) as Partial<T>;
  const draft = { ...record, ...pendingOf(edits) };
  const edit = (patch: Partial<T>) => {
    latest.current = { ...pendingOf(latest.current), ...patch };
    setEdits(latest.current);
    return latest.current;
  };
  const change = (patch: Partial<T>) => setErrors(save({ ...record, ...edit(patch) }) ?? {});
  /** While typing: kept on screen (a re-render cannot wipe it), saved when the field is left. */
  const type = (patch: Partial<T>) => {
    edit(patch);
  };
  /** Props for a text field bound to `key`: empty means absent. */
  const bind = <K extends keyof T & string>(key: K) => ({
    value: (draft[key] as string | undefined) ?? '',
    onInput: (e: Event) => type({ [key]: inputValue(e) || undefined } as Partial<T>),
    onChange: (e: Event) => change({ [key]: inputValue(e) || undefined } as Partial<T>),
  });
  return { draft, errors, change, type, bind };
}

/** Value of an input or select from its event. */
export function inputValue(e: Event): string {
  return (e.currentTarget as HTMLInputElement).value;
}
