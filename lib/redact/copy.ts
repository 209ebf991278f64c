/**
 * A copy with parts blacked out, and its original: what the copy record says, how a
 * copy is recognized (its `redaction` field; rows kept before that field existed, by
 * the mark their title ends with), and which originals have a copy (those stay home
 * unless the user asks for them). Pure.
 */
import { t } from '../i18n';
import type { Evidence } from '../model';

/**
 * The mark the panel put at the end of a copy's title before copies carried a
 * `redaction` field: old rows are still recognized by it.
 */
export const REDACTED_MARK = '(redacted copy)';

type Titled = Pick<Evidence, 'id' | 'title' | 'caseId' | 'accountId' | 'redaction'>;

/** Whether this document is a blacked-out copy. */
export const isBlackedOutCopy = (e: Pick<Evidence, 'title' | 'redaction'>): boolean =>
  e.redaction !== undefined || e.title.endsWith(REDACTED_MARK);

/** The title of an old copy's original: the copy's title without its mark. */
const titleBeforeMark = (title: string) => title.slice(0, -REDACTED_MARK.length).trimEnd();

/**
 * The original each copy was made from, by id: from the copy's `redaction` field, or,
 * for a copy kept before that field existed, the document of the same case and account
 * whose title is the copy's title without its mark. Undefined: a copy whose original is
 * not among these documents.
 */
export function originalsOfCopies(evidence: readonly Titled[]): Map<string, string | undefined> {
  const found = new Map<string, string | undefined>();
  const ids = new Set(evidence.map((e) => e.id));
  for (const copy of evidence) {
    if (copy.redaction) {
      found.set(copy.id, copy.redaction.of !== undefined && ids.has(copy.redaction.of) ? copy.redaction.of : undefined);
    } else if (copy.title.endsWith(REDACTED_MARK)) {
      const title = titleBeforeMark(copy.title);
      const original = evidence.find(
        (e) => e.id !== copy.id && e.caseId === copy.caseId && e.accountId === copy.accountId && e.title === title && !isBlackedOutCopy(e),
      );
      found.set(copy.id, original?.id);
    }
  }
  return found;
}

/** The ids of the documents that have a blacked-out copy among these. */
export function originalsWithCopies(evidence: readonly Titled[]): Set<string> {
  return new Set([...originalsOfCopies(evidence).values()].filter((id): id is string => id !== undefined));
}

/**
 * The documents with every copy's link written as a field: an export carries the
 * link even for copies kept before the field existed.
 */
export function withCopyLinks<T extends Titled>(evidence: readonly T[]): T[] {
  const originals = originalsOfCopies(evidence);
  return evidence.map((e) => (e.redaction || !originals.has(e.id) ? e : { ...e, redaction: { of: originals.get(e.id) } }));
}

/** What a new blacked-out copy of `original` is: the same case, account and kind of document, not sensitive, linked to it. */
export function copyRecordOf(original: Pick<Evidence, 'id' | 'caseId' | 'accountId' | 'documentKind' | 'title'>) {
  return {
    caseId: original.caseId,
    accountId: original.accountId,
    documentKind: original.documentKind,
    title: copyTitle(original.title),
    // What was private is black: the copy may go where the original may not.
    sensitive: false,
    redaction: { of: original.id },
  };
}

/** A copy's title: the original's, with the words for a blacked-out copy after it (the user may rename it). */
export function copyTitle(originalTitle: string): string {
  const mark = t('complaints.redactedCopy');
  return `${originalTitle.slice(0, 500 - mark.length - 1)} ${mark}`;
}

/** The file name of a copy: the original's name without its extension, "-blacked-out", and the copy's own extension. */
export function copyFileName(originalName: string, extension: 'png' | 'pdf'): string {
  const base = originalName.replace(/\.[a-z0-9]{1,5}$/i, '').slice(0, 200) || 'document';
  return `${base}-blacked-out.${extension}`;
}

/** A title as shown with its mark: a copy's title gets the words for a copy unless it already ends with them. */
export function titleShown(e: Pick<Evidence, 'title' | 'redaction'>): string {
  const mark = t('complaints.redactedCopy');
  return isBlackedOutCopy(e) && !e.title.endsWith(mark) && !e.title.endsWith(REDACTED_MARK) ? `${e.title} ${mark}` : e.title;
}
