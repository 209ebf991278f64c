import { describe, expect, it } from 'vitest';
import { correctionReport, MAX_SAW_LENGTH, providerById, reportAddress, scrubTyped } from '../../../lib/providers';

const xfinity = providerById('xfinity')!;

describe('a correction report', () => {
  it('names the provider, the fact and its source, what the person saw, the page and the date', () => {
    const fact = xfinity.bereavement!.notes[1]!;
    const report = correctionReport({
      provider: xfinity,
      fact,
      saw: 'The form now allows 90 days in the past.',
      pageUrl: 'https://www.xfinity.com/support/articles/account-holder-passed-away?session=abc123&name=Robert#form',
      today: '2026-12-01',
    });
    expect(report.text).toBe(
      [
        'Estate Accounts Helper: a provider fact that looks wrong or out of date',
        'Provider: Xfinity (xfinity)',
        `Fact shown: ${fact.text}`,
        'Its source: https://www.xfinity.com/support/articles/account-holder-passed-away (checked 2026-11-30)',
        'What I saw instead: The form now allows 90 days in the past.',
        'On the page: https://www.xfinity.com/support/articles/account-holder-passed-away',
        'Date: 2026-12-01',
        '',
      ].join('\n'),
    );
    expect(report.fileName).toBe('correction-xfinity-2026-12-01.txt');
    expect(report.scrubbed).toBe(false);
  });

  it('keeps no query string, fragment or sign-in details of the page address, and nothing of a non-web page', () => {
    expect(reportAddress('https://user:pw@customer.xfinity.com/billing?acct=8499051234#x')).toBe('https://customer.xfinity.com/billing');
    expect(reportAddress('chrome-extension://abc/sidepanel.html')).toBe('');
    expect(reportAddress('not a url')).toBe('');
    expect(reportAddress(undefined)).toBe('');
  });

  it('takes out what looks like an account number, an SSN, a card number or an email address, and says so', () => {
    const { text, scrubbed } = scrubTyped(
      'Account 8499051234567, SSN 123-45-6789, card 4111 1111 1111 1111, mail bob@example.com; call 1-800-934-6489',
    );
    expect(text).toBe('Account [number removed], SSN [number removed], card [number removed], mail [email removed]; call 1-800-934-6489');
    expect(scrubbed).toBe(true);
    const report = correctionReport({ provider: xfinity, saw: 'My account is 8499051234567', today: '2026-12-01' });
    expect(report.text).not.toContain('8499051234567');
    expect(report.scrubbed).toBe(true);
  });

  it('says so when the fact is "something else" and nothing was typed', () => {
    const report = correctionReport({ provider: xfinity, saw: '   ', today: '2026-12-01' });
    expect(report.text).toContain('Fact shown: something else (not one of the facts shown)');
    expect(report.text).toContain('What I saw instead: (not filled in)');
    expect(report.text).not.toContain('On the page');
  });

  it('keeps what was typed short and on one line', () => {
    const { text } = scrubTyped(`line one\nline two ${'x'.repeat(MAX_SAW_LENGTH * 2)}`);
    expect(text.startsWith('line one line two')).toBe(true);
    expect(text.length).toBe(MAX_SAW_LENGTH);
  });
});
