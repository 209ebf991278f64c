import { describe, expect, it } from 'vitest';
import { escapeHtml, renderReport } from '../../../lib/bundle/report';
import type { BundleCase } from '../../../lib/bundle/schema';
import { caseJsonOf, seedCase } from '../../fixtures/bundle-seed';

const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** A bundle as stored records give it, not parsed (records stored before the model removed bidi controls). */
function bundleOf(edit: (s: ReturnType<typeof seedCase>) => void): BundleCase {
  const s = seedCase();
  edit(s);
  return caseJsonOf(s, { asOf: '2026-03-10T12:00:00.000Z' }) as unknown as BundleCase;
}

describe('the report and bidirectional control characters', () => {
  it('escapeHtml drops them along with escaping markup', () => {
    expect(escapeHtml('REF\u202E4321 <b>')).toBe('REF4321 &lt;b&gt;');
    for (const c of [
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u202E',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\u200E',
      '\u200F',
      '\u061C',
    ])
      expect(escapeHtml(`a${c}b`)).toBe('ab');
    expect(escapeHtml('שלום Zoë')).toBe('שלום Zoë');
  });

  it('shows a reference number with an override as typed (REF4321), never reordered (REF1234)', () => {
    const html = renderReport({
      bundle: bundleOf((s) => {
        s.contacts[0]!.referenceNumber = 'REF\u202E4321';
        s.contacts[0]!.summary = 'Promised \u2067a refund\u2069';
        s.cases[0]!.deceasedName = 'Robert \u202EMiller';
        s.accounts[0]!.accountNumber = '8499\u202E9012';
        s.evidence[0]!.title = 'Confirmation \u202Efdp.exe';
      }),
      sha256: new Map(),
      providerName: (id) => `${id}\u202E`,
      today: '2026-03-12',
      timeZone: 'America/New_York',
    });
    expect(html).not.toMatch(BIDI);
    expect(html).toContain('reference number REF4321');
    expect(html).toContain('Promised a refund');
    expect(html).toContain('Record of the accounts of Robert Miller');
    expect(html).toContain('xfinity, account 84999012');
    expect(html).toContain('Confirmation fdp.exe');
  });
});
