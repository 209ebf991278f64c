import { describe, expect, it } from 'vitest';
import { findReferenceNumbers } from '../../lib/capture/references';

const values = (text: string) => findReferenceNumbers(text).map((r) => `${r.label}=${r.value}`);

describe('reference numbers on a captured page (the cases the vault relies on)', () => {
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
