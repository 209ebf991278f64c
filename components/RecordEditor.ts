import { useEffect, useState } from 'preact/hooks';

/** Saves a record: returns the field errors that stopped it, or null when it was saved. */
export type SaveRecord<T> = (candidate: T) => Record<string, string> | null;

/**
 * Edit-in-place state for one record: every change is validated and saved at once;
 * an invalid change stays on screen with its message and is not saved.
 */
export function useRecordEditor<T extends object>(record: T, save: SaveRecord<T>) {
  const [draft, setDraft] = useState<T>(record);
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    if (Object.keys(errors).length === 0) setDraft(record);
  }, [record]);
  const change = (patch: Partial<T>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    setErrors(save(next) ?? {});
  };
  return { draft, errors, change };
}

/** Value of an input or select from its event. */
export function valueOf(e: Event): string {
  return (e.currentTarget as HTMLInputElement).value;
}
