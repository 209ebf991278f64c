import { describe, expect, it } from 'vitest';
import { withoutBidiControls as modelWithout } from '../../../lib/model';
import { findReferenceNumbers, withoutBidiControls as pageWithout } from '../../../lib/page/references';
import { signalsMessage } from '../../../lib/page/signals';

const values = (text: string) => findReferenceNumbers(text).map((r) => r.value);

describe('findReferenceNumbers', () => {
  it.each([
    ['Your confirmation number is CNF-4821-XYZ.', 'CNF-4821-XYZ', 'Confirmation number'],
    ['Confirmation Number: 7730012', '7730012', 'Confirmation number'],
    ['Confirmation #: A1B2C3', 'A1B2C3', 'Confirmation number'],
    ['Confirmation code AB12CD', 'AB12CD', 'Confirmation number'],
    ['Order #12345678 has been placed', '12345678', 'Order number'],
    ['Order No. 4455-221', '4455-221', 'Order number'],
    ['Order number: W-0099821', 'W-0099821', 'Order number'],
    ['Ticket INC0012345 was opened for you', 'INC0012345', 'Ticket number'],
    ['Ticket ID: 88812', '88812', 'Ticket number'],
    ['Case ID 00123456', '00123456', 'Case number'],
    ['Your case number is 09876543.', '09876543', 'Case number'],
    ['Reference number: REF-2026-0042', 'REF-2026-0042', 'Reference number'],
    ['Ref. AB-1234', 'AB-1234', 'Reference number'],
    ['Tracking number 1Z999AA10123456784', '1Z999AA10123456784', 'Tracking number'],
    ['Service request SR-55512 is open', 'SR-55512', 'Request number'],
    ['Work order #WO-7781 scheduled', 'WO-7781', 'Work order'],
    ['Claim number: CLM00991', 'CLM00991', 'Claim number'],
    ['CONFIRMATION NUMBER\n\n  cnf-4821-xyz', 'cnf-4821-xyz', 'Confirmation number'],
  ])('%s', (text, value, label) => {
    const [first, ...rest] = findReferenceNumbers(text);
    expect(first).toMatchObject({ value, label });
    expect(rest).toEqual([]);
  });

  it('keeps the words around the number as context, on one line', () => {
    const text = 'Thank you.\n\nWe received your request.   Your confirmation number is CNF-4821-XYZ. Keep it for your records.';
    const [ref] = findReferenceNumbers(text);
    expect(ref!.context).toContain('Your confirmation number is CNF-4821-XYZ. Keep it');
    expect(ref!.context).not.toMatch(/\s{2,}|\n/);
    expect(ref!.context.length).toBeLessThanOrEqual(200);
  });

  it('quotes whole words only, marking a cut side with an ellipsis', () => {
    const before = 'Thank you for letting us know. We are sorry for your loss. Your request has been received and';
    const after = 'is shown on your final bill. A credit of $54.20 on your account will be refunded by cheque within thirty days.';
    const [ref] = findReferenceNumbers(`${before} your confirmation number XF-2026-0042 ${after}`);
    const words = ref!.context.replace(/^…|…$/g, '').split(' ');
    const all = new Set(`${before} your confirmation number XF-2026-0042 ${after}`.split(' '));
    for (const w of words) expect(all.has(w), w).toBe(true);
    expect(ref!.context).toMatch(/^….*…$/);
    expect(ref!.context).toContain('your confirmation number XF-2026-0042');
  });

  it('caps the context at 200 characters even in a long paragraph', () => {
    const filler = 'word '.repeat(200);
    const [ref] = findReferenceNumbers(`${filler} confirmation number 12345 ${filler}`);
    expect(ref!.value).toBe('12345');
    expect(ref!.context.length).toBeLessThanOrEqual(200);
  });

  it('finds several numbers, each value once, in page order', () => {
    const text = 'Order number: 1001-22. Ticket INC777123. Your order number 1001-22 is confirmed. Case ID 5551234.';
    expect(values(text)).toEqual(['1001-22', 'INC777123', '5551234']);
  });

  it('ignores labels followed by words, and numbers without a label', () => {
    expect(values('Your confirmation number will be emailed to you.')).toEqual([]);
    expect(values('In order to cancel, call 1-800-934-6489.')).toEqual([]);
    expect(values('Order status: pending. Total $129.99 due 2026-04-01.')).toEqual([]);
    expect(values('Account 8773 1234 5678 9012')).toEqual([]);
    expect(values('We will reference this later. In case 3 devices remain...')).toEqual([]);
    expect(values('Open a ticket today')).toEqual([]);
    expect(values('')).toEqual([]);
  });

  it('does not take dates or phone numbers for references', () => {
    expect(values('Confirmation: 2026-03-14')).toEqual([]);
    expect(values('Order date 03-14-2026')).toEqual([]);
    expect(values('Case number: 1-800-934-6489')).toEqual([]);
    expect(values('In case 2026 is busy')).toEqual([]);
  });

  it('does not read label words inside other words', () => {
    expect(values('Refund 12345 issued. Preorder 99887 shipped. Showcase 12345.')).toEqual([]);
  });

  it('needs a digit, and keeps values between 4 and 40 characters', () => {
    expect(values('Confirmation number: ABCDEF')).toEqual([]);
    expect(values('Confirmation number: 123')).toEqual([]);
    expect(values(`Confirmation number: ${'A1'.repeat(30)}`)).toEqual([]);
    expect(values('Confirmation number: 1234')).toEqual(['1234']);
  });

  it('treats markup in the text as text and never returns it in a value', () => {
    const refs = findReferenceNumbers('Confirmation number: <img src=x onerror=alert(1)> Order #A123<script>');
    expect(refs.map((r) => r.value)).toEqual(['A123']);
    expect(refs[0]!.context).toContain('<img src=x onerror=alert(1)>');
  });

  it('returns at most 20 numbers', () => {
    const text = Array.from({ length: 30 }, (_, i) => `Ticket INC${1000 + i}`).join('. ');
    expect(findReferenceNumbers(text)).toHaveLength(20);
  });

  it('is stateless between calls (global regex reset)', () => {
    expect(values('Order #55512')).toEqual(['55512']);
    expect(values('Order #55512')).toEqual(['55512']);
  });

  it('stays fast on a large page', () => {
    const big = `${'Lorem ipsum order case ticket reference 12 '.repeat(20_000)}Confirmation number: CNF-1`;
    const started = performance.now();
    findReferenceNumbers(big);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('reference numbers on a captured page (the cases the vault relies on)', () => {
  const values = (text: string) => findReferenceNumbers(text).map((r) => `${r.label}=${r.value}`);

  it('finds the usual labels in context', () => {
    expect(values('Thank you. Your confirmation number: ABC123. Keep it.')).toEqual(['Confirmation number=ABC123']);
    expect(values('Order #A-7781 has shipped')).toEqual(['Order number=A-7781']);
    expect(values('Ticket 4411902 was opened')).toEqual(['Ticket number=4411902']);
    expect(values('Case ID: CS-0099812')).toEqual(['Case number=CS-0099812']);
    expect(values('Your confirmation number is 88120-XB')).toEqual(['Confirmation number=88120-XB']);
    expect(values('Reference no. R7731')).toEqual(['Reference number=R7731']);
    expect(values('Tracking number 1Z999AA10123456784')).toEqual(['Tracking number=1Z999AA10123456784']);
    expect(values('Work order WO-55123 scheduled')).toEqual(['Work order=WO-55123']);
  });

  it('keeps where it was found, and each number once', () => {
    const found = findReferenceNumbers(
      'Request received.\nConfirmation Number:\n  XF-2026-0042\n\nWe will email you. Confirmation number XF-2026-0042',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ label: 'Confirmation number', value: 'XF-2026-0042' });
    expect(found[0]!.context).toContain('Confirmation Number: XF-2026-0042');
    expect(found[0]!.context.length).toBeLessThanOrEqual(200);
  });

  it('does not take words, dates or phone numbers for references', () => {
    expect(findReferenceNumbers('Order status: Pending. In order to close the account, call us.')).toEqual([]);
    expect(findReferenceNumbers('Case ID: not yet assigned')).toEqual([]);
    expect(findReferenceNumbers('Call 1-800-934-6489 about your account, any day.')).toEqual([]);
    expect(findReferenceNumbers('Confirmation: 04-12-2026')).toEqual([]);
    expect(findReferenceNumbers('')).toEqual([]);
    expect(values('Confirmation\nConfirmation number: ABC123')).toEqual(['Confirmation number=ABC123']);
  });

  it('finds several different numbers in page order, at most 20', () => {
    expect(values('Order # 1001 and Ticket #T-2002 and Case number 3003')).toEqual([
      'Order number=1001',
      'Ticket number=T-2002',
      'Case number=3003',
    ]);
    const many = Array.from({ length: 30 }, (_, i) => `Ticket ${1000 + i}`).join('. ');
    expect(findReferenceNumbers(many)).toHaveLength(20);
  });

  it('treats markup in page text as plain characters', () => {
    const found = findReferenceNumbers('Confirmation number: <img src=x onerror=alert(1)> 123ABC');
    expect(found.map((r) => r.value)).not.toContain('img');
    for (const r of found) expect(r.value).toMatch(/^[A-Za-z0-9-]+$/);
  });
});

describe('bidirectional control characters', () => {
  const controls = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];

  it('finds a number hidden behind a right-to-left override whole, as typed, without the override', () => {
    // Shown on screen, "REF\u202E4321" reads "REF1234".
    const [ref, ...rest] = findReferenceNumbers('Your confirmation number is REF\u202E4321. Keep it.');
    expect(rest).toEqual([]);
    expect(ref).toMatchObject({ label: 'Confirmation number', value: 'REF4321' });
    expect(ref!.context).toBe('Your confirmation number is REF4321. Keep it.');
  });

  it.each(controls.map((c) => [`U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`, c]))(
    'removes %s from values and context',
    (_name, c) => {
      const [ref] = findReferenceNumbers(`Order number: ${c}AB${c}12-34${c} confirmed ${c}today`);
      expect(ref!.value).toBe('AB12-34');
      expect(ref!.context).toBe('Order number: AB12-34 confirmed today');
    },
  );

  it('removes the same characters as the model does (lib/model keeps its own copy)', () => {
    for (let code = 0; code <= 0xffff; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const c = String.fromCharCode(code);
      expect(pageWithout(`a${c}b`), `U+${code.toString(16)}`).toBe(modelWithout(`a${c}b`));
    }
    for (const c of controls) expect(pageWithout(`a${c}b`)).toBe('ab');
  });

  it('removes them from the title the content script sends', () => {
    const message = signalsMessage({ url: 'https://www.xfinity.com/', title: 'Order \u202Edecnac', headings: [], text: '' });
    expect(message.title).toBe('Order decnac');
  });
});
