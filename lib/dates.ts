/** The calendar day of an instant in the user's time zone: 2026-03-14. */
export function localDate(now: Date): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Plain code-unit order: ISO dates, timestamps and keys sort correctly, ~50x faster than localeCompare. */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
