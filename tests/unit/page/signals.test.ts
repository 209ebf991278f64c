import { describe, expect, it } from 'vitest';
import { ContentMessage } from '../../../lib/messaging/protocol';
import { effectivePageKind, pageSignals, pageUrl, signalsMessage } from '../../../lib/page/signals';

const page = (title: string, headings: string[] = [], text = '') => ({ title, headings, text });

describe('pageSignals', () => {
  it('reads a bereavement form from its heading and its options', () => {
    const s = pageSignals(
      page(
        'Account holder passed away | Xfinity Support',
        ['Account holder passed away', 'Close the account permanently', 'Transfer account ownership to me'],
        'Upload a copy of the death certificate.',
      ),
    );
    expect(s.kinds).toEqual(['bereavement', 'transfer', 'cancel']);
    expect(s.references).toEqual([]);
  });

  it.each([
    [page('Help', ['Notify us of a deceased customer']), 'bereavement'],
    [page('Support', ['In the event of a death']), 'bereavement'],
    [page('Form', ['Your details'], 'Date of death: ____'), 'bereavement'],
    [page('Transfer of service', []), 'transfer'],
    [page('Support', ['Change of account holder']), 'transfer'],
    [page('Return your equipment', []), 'equipment_return'],
    [page('Support', ['Equipment return']), 'equipment_return'],
    [page('Support', [], 'Print the prepaid shipping label and drop the box off.'), 'equipment_return'],
    [page('Thank you', ['Thank you, we have received your request']), 'confirmation'],
    [page('Done', ['Your request has been submitted']), 'confirmation'],
    [page('Order', [], 'Your order number is 88123-45.'), 'confirmation'],
    [page('Cancel your service', []), 'cancel'],
    [page('Support', ['Close your account']), 'cancel'],
  ])('%o suggests %s', (snapshot, kind) => {
    expect(pageSignals(snapshot).kinds).toContain(kind);
  });

  it('finds nothing on an ordinary page', () => {
    const s = pageSignals(
      page('My Account - Xfinity', ['Your bill', 'Internet'], 'Pay your bill of $89.99 by March 14. Call 1-800-934-6489.'),
    );
    expect(s).toEqual({ kinds: [], references: [] });
  });

  it('does not take passing mentions in body text for the page purpose', () => {
    const s = pageSignals(
      page('Internet plans', ['Plans'], 'You can cancel your service anytime. Thank you for choosing us. Transfer of service is easy.'),
    );
    expect(s.kinds).toEqual([]);
  });

  it('offers the confirmation number with its context', () => {
    const s = pageSignals(page('Request received', ['We are sorry for your loss'], 'Your confirmation number is CNF-4821-XYZ. Keep it.'));
    expect(s.kinds).toContain('confirmation');
    expect(s.references).toEqual([
      { label: 'Confirmation number', value: 'CNF-4821-XYZ', context: 'Your confirmation number is CNF-4821-XYZ. Keep it.' },
    ]);
  });

  it('treats markup in headings and text as text', () => {
    const s = pageSignals(page('<img src=x onerror=alert(1)>', ['<script>alert(1)</script>'], 'Ticket <b>INC55512</b>'));
    expect(s.kinds).toEqual([]);
    expect(s.references).toEqual([]);
  });
});

describe('signalsMessage', () => {
  it('builds a message the background accepts, trimmed to the protocol limits', () => {
    const msg = signalsMessage({
      url: 'https://www.xfinity.com/x',
      title: `  ${'Thank you '.repeat(80)}`,
      headings: [],
      text: 'Confirmation number: CNF-4821-XYZ',
    });
    expect(msg.type).toBe('page-signals');
    expect(msg.title.length).toBeLessThanOrEqual(500);
    expect(msg.kinds).toEqual(['confirmation']);
    expect(msg.references[0]?.value).toBe('CNF-4821-XYZ');
    expect(ContentMessage.parse(msg)).toEqual(msg);
  });

  it('stays within every limit the background checks, with no validator of its own', () => {
    const numbers = Array.from({ length: 30 }, (_, i) => `Confirmation number: CNF-${1000 + i}-${'X'.repeat(30)}`);
    const msg = signalsMessage({
      url: `https://www.xfinity.com/${'a'.repeat(5000)}`,
      title: 'T'.repeat(900),
      headings: ['Account holder passed away', 'Transfer account ownership', 'Return your equipment', 'Cancel your service'],
      text: `${'word '.repeat(100)}${numbers.join(' and more words here ')}`,
    });
    expect(msg.url.length).toBe(4000);
    expect(msg.title.length).toBe(500);
    expect(msg.kinds).toEqual(['bereavement', 'transfer', 'equipment_return', 'confirmation', 'cancel']);
    expect(msg.references).toHaveLength(20);
    expect(ContentMessage.parse(msg)).toEqual(msg);
    expect(JSON.stringify(ContentMessage.parse(msg))).toBe(JSON.stringify(msg)); // the same fields, in the same order
  });
});

describe('effectivePageKind', () => {
  it('lets a confirmation on the page win over the form address', () => {
    expect(effectivePageKind('bereavement', ['bereavement', 'confirmation'])).toBe('confirmation');
  });
  it('keeps a specific kind from the address, refines a vague one', () => {
    expect(effectivePageKind('bereavement', ['cancel'])).toBe('bereavement');
    expect(effectivePageKind('other', ['transfer', 'cancel'])).toBe('transfer');
    expect(effectivePageKind('account', ['bereavement', 'transfer'])).toBe('bereavement');
    expect(effectivePageKind('billing', [])).toBe('billing');
    expect(effectivePageKind('sign_in')).toBe('sign_in');
  });
});

describe('pageUrl', () => {
  it("takes the page's address within the sender's origin only", () => {
    expect(pageUrl('https://www.xfinity.com/a', 'https://www.xfinity.com/a/done')).toBe('https://www.xfinity.com/a/done');
    expect(pageUrl('https://www.xfinity.com/a', 'https://evil.example/a')).toBe('https://www.xfinity.com/a');
    expect(pageUrl('https://www.xfinity.com/a', 'http://www.xfinity.com/a')).toBe('https://www.xfinity.com/a');
    expect(pageUrl('https://www.xfinity.com/a', 'not a url')).toBe('https://www.xfinity.com/a');
    expect(pageUrl(undefined, 'https://www.xfinity.com/a')).toBeUndefined();
  });
});
