import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../../lib/model';
import { Evidence as EvidenceSchema } from '../../../lib/model';
import {
  copyFileName,
  copyRecordOf,
  isBlackedOutCopy,
  originalsOfCopies,
  originalsWithCopies,
  REDACTED_MARK,
  titleShown,
  withCopyLinks,
} from '../../../lib/redact/copy';

const stamp = '2026-02-01T10:00:00.000Z';
const doc = (id: string, title: string, more: Partial<Evidence> = {}): Evidence =>
  EvidenceSchema.parse({
    id,
    caseId: 'case-1',
    accountId: 'acct-1',
    kind: 'document',
    title,
    capturedAt: stamp,
    files: [],
    createdAt: stamp,
    updatedAt: stamp,
    ...more,
  });

describe('a blacked-out copy and its original', () => {
  const original = doc('ev-cert', 'Death certificate', { sensitive: true, documentKind: 'death_certificate' });

  it('makes a copy record of the same case, account and kind, not sensitive, linked to its original', () => {
    const copy = copyRecordOf(original);
    expect(copy).toEqual({
      caseId: 'case-1',
      accountId: 'acct-1',
      documentKind: 'death_certificate',
      title: 'Death certificate (redacted copy)',
      sensitive: false,
      redaction: { of: 'ev-cert' },
    });
    // The schema keeps the link (it is a real field, checked like any other).
    expect(doc('ev-copy', copy.title, copy).redaction).toEqual({ of: 'ev-cert' });
    expect(() => doc('ev-copy', copy.title, { redaction: { of: '' } })).toThrow();
  });

  it('names the copy after the original, with its own extension', () => {
    expect(copyFileName('certificate.pdf', 'pdf')).toBe('certificate-blacked-out.pdf');
    expect(copyFileName('scan.JPEG', 'png')).toBe('scan-blacked-out.png');
    expect(copyFileName('', 'pdf')).toBe('document-blacked-out.pdf');
  });

  it('recognizes a copy by its field, and an old copy (before the field) by the mark its title ends with', () => {
    expect(isBlackedOutCopy(doc('c1', 'Renamed by the user', { redaction: { of: 'ev-cert' } }))).toBe(true);
    expect(isBlackedOutCopy(doc('c2', `Death certificate ${REDACTED_MARK}`))).toBe(true);
    expect(isBlackedOutCopy(original)).toBe(false);
  });

  it('finds each copy’s original: by the field, or for an old copy by the title without its mark, in the same account', () => {
    const linked = doc('c-new', 'My copy', { redaction: { of: 'ev-cert' } });
    const old = doc('c-old', `Death certificate ${REDACTED_MARK}`);
    const otherAccount = doc('ev-cert-2', 'Death certificate', { accountId: 'acct-2' });
    const orphan = doc('c-orphan', `Obituary ${REDACTED_MARK}`);
    const lost = doc('c-lost', 'Copy of something deleted', { redaction: { of: 'ev-gone' } });
    const map = originalsOfCopies([otherAccount, original, linked, old, orphan, lost]);
    expect(Object.fromEntries(map)).toEqual({ 'c-new': 'ev-cert', 'c-old': 'ev-cert', 'c-orphan': undefined, 'c-lost': undefined });
    expect([...originalsWithCopies([otherAccount, original, linked, old, orphan, lost])]).toEqual(['ev-cert']);
  });

  it('writes the link as a field for old copies, leaving every other row as it is', () => {
    const old = doc('c-old', `Death certificate ${REDACTED_MARK}`);
    const page = doc('ev-page', 'Account page');
    const out = withCopyLinks([original, old, page]);
    expect(out[1]!.redaction).toEqual({ of: 'ev-cert' });
    expect(out[0]).toBe(original);
    expect(out[2]).toBe(page);
  });

  it('shows a copy’s title with the words for a copy once, even when the user renamed it', () => {
    expect(titleShown(doc('c', `Death certificate ${REDACTED_MARK}`, { redaction: { of: 'x' } }))).toBe(
      'Death certificate (redacted copy)',
    );
    expect(titleShown(doc('c', 'Certificate for the FCC', { redaction: {} }))).toBe('Certificate for the FCC (redacted copy)');
    expect(titleShown(original)).toBe('Death certificate');
  });
});
