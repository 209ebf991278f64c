import { describe, expect, it } from 'vitest';
import { escapeHtml, renderReport } from '../../../lib/bundle/report';
import type { BundleCase } from '../../../lib/bundle/schema';
import { caseJsonOf, seedCase } from '../../fixtures/bundle-seed';
import {
  story2Account,
  story2Case,
  story2Contacts,
  story2Devices,
  story2Documents,
  story2Evidence,
  story2Promises,
} from '../../fixtures/story2';

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

describe('the report as evidence (the 22-call story)', () => {
  const bundle = {
    formatVersion: 1,
    asOf: '2026-03-20T16:00:00.000Z',
    scope: { kind: 'case' },
    accountNumbers: 'last4',
    sensitiveIncluded: false,
    case: story2Case,
    accounts: [{ ...story2Account, accountNumber: '•••• 9012' }],
    tasks: [],
    devices: story2Devices,
    documentsSent: story2Documents,
    contacts: story2Contacts,
    promises: story2Promises,
    evidence: story2Evidence.filter((e) => !e.sensitive),
    escalations: [],
    userProviders: [],
    files: [{ blobId: 'blob-2', path: 'data/evidence/xfinity-9012/page.mhtml' }],
  } as unknown as BundleCase;
  const render = (timeZone: string) =>
    renderReport({
      bundle,
      sha256: new Map([['data/evidence/xfinity-9012/page.mhtml', 'ab'.repeat(32)]]),
      providerName: () => 'Xfinity',
      today: '2026-03-25',
      timeZone,
    });
  const text = (html: string) =>
    html
      .replace(/<style>[\s\S]*?<\/style>/, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');

  it('opens with what happened, the totals and the resolution sought, naming the record keeper', () => {
    const t = text(render('America/New_York'));
    expect(t).toContain('Robert Miller died on January 10, 2026. This record is kept by Linda Miller, the surviving spouse.');
    expect(t).toContain('Xfinity, account ending 9012');
    expect(t).toContain('22 calls 12 hours on hold 3 promises broken 69 days since the first contact 1 escalation');
    expect(t).toContain('Resolution sought: Close the account as of January 31, 2026');
    expect(t.indexOf('What happened, account by account')).toBeLessThan(t.indexOf('Timeline'));
    expect(t.indexOf('Timeline')).toBeLessThan(t.indexOf('Equipment'));
    expect(t.indexOf('Documents sent')).toBeLessThan(t.indexOf('Evidence'));
  });

  it('writes every time in the user’s zone, named, and no UTC or internal code', () => {
    const ny = text(render('America/New_York'));
    expect(ny).toMatch(/Jan 18, 2026, 2:05 PM EST Phone call Customer service, representative Kevin, reference number CR-1001/);
    expect(ny).toMatch(/Mar 19, 2026, 3:05 PM EDT/);
    expect(ny).not.toMatch(/\bUTC\b|death_certificate|upload_form|page_capture|no_progress|\barchive\b/);
    expect(text(render('America/Los_Angeles'))).toMatch(/Jan 18, 2026, 11:05 AM PST/);
    expect(text(render('Pacific/Honolulu'))).toMatch(/Mar 19, 2026, 9:05 AM HST/);
  });

  it('prints page numbers and a footer with the case and the day printed; checksums in eight groups', () => {
    const html = render('America/New_York');
    expect(html).toContain('counter(page)');
    expect(html).toContain('counter(pages)');
    expect(html).toContain('Accounts of Robert Miller. Printed March 25, 2026.');
    expect(html).toContain(`<code class="sum">${Array(8).fill('<span>abababab</span>').join(' ')}</code>`);
    // One account: no column repeating it on every row.
    expect(html).not.toContain('<th>Account</th>');
    expect(html).not.toMatch(/<script/);
  });
});
