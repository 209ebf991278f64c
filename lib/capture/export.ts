/** What may leave the computer in an export. */

/**
 * The evidence to put in an export: sensitive items (a certificate showing an SSN,
 * a date of birth, a cause of death) only when the user chose to include them.
 */
export function exportableEvidence<T extends { sensitive?: boolean }>(items: readonly T[], options: { includeSensitive: boolean }): T[] {
  return items.filter((item) => options.includeSensitive || item.sensitive !== true);
}
