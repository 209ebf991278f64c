import { describe, expect, it } from 'vitest';
import { blanksIn, buildLetter, letterKinds } from '../../../lib/complaints/letters';
import { letterHtml } from '../../../lib/complaints/print';
import { story2Account, story2Case, story2Devices, story2History } from '../../fixtures/story2';

const input = { ...story2History, estateCase: story2Case, numbers: 'last4' as const, today: '2026-03-25' };

describe('the letters', () => {
  it('bereavement notification: close from a date, final bill, refunds, fee waivers, equipment, confirmation, enclosures', () => {
    const l = buildLetter('bereavement', input);
    expect(l.text).toContain('Linda Miller\n40 Maple Ave, Albany, NY 12208\n518-555-0142\nlinda@example.com\n\nMarch 25, 2026');
    expect(l.text).toContain(
      'Re: Account of Robert Miller, deceased\nAccount number: ending 9012\nService address: 40 Maple Ave, Albany, NY 12208',
    );
    expect(l.text).toContain('I am Linda Miller, the surviving spouse of Robert Miller, who died on January 10, 2026.');
    expect(l.text).toContain('Please close the account as of January 31, 2026 and stop all charges');
    expect(l.text).toContain('send the final bill to me at the address above');
    expect(l.text).toContain('refund any credit balance and any deposit to the estate');
    expect(l.text).toContain('waive early-termination and other fees');
    expect(l.text).toContain(
      'Equipment already returned: Cable modem (serial XB7-4471): returned on January 22, 2026, at a store, receipt or tracking RET-55812.',
    );
    expect(l.text).toContain('Please confirm in writing');
    expect(l.enclosures).toEqual(['A copy of the death certificate']);
    expect(l.text).toMatch(/Enclosures:\n- A copy of the death certificate$/);
  });

  it('a transfer names the survivor and asks for no new deposit', () => {
    const l = buildLetter('bereavement', {
      ...input,
      account: { ...story2Account, intent: 'transfer' },
      estateCase: { ...story2Case, survivorName: 'Linda Miller' },
    });
    expect(l.text).toContain('Please transfer the account into the name of Linda Miller from January 31, 2026, without a new deposit');
  });

  it('equipment dispute lists each device with its receipt', () => {
    const l = buildLetter('equipment', input);
    expect(l.text).toContain('- Cable modem (serial XB7-4471): returned on January 22, 2026, at a store, receipt or tracking RET-55812.');
    expect(l.enclosures).toEqual(['A copy of the return receipt for the Cable modem (RET-55812)']);
  });

  it('leaves what the case does not know in brackets, to fill in', () => {
    expect(blanksIn(buildLetter('final_bill', input).text)).toEqual([
      '[Bereavement or customer service department]',
      '[date of the bill]',
      '[the charges and their amounts]',
    ]);
    expect(blanksIn(buildLetter('refund', input).text)).toContain('[amount]');
    const noName = buildLetter('bereavement', { ...input, estateCase: { ...story2Case, userName: undefined, userAddress: undefined } });
    expect(blanksIn(noName.text)).toEqual(expect.arrayContaining(['[Your name]', '[Your mailing address]']));
    expect(noName.text).toContain('I am the surviving spouse of Robert Miller');
  });

  it('debt collector: who may be contacted, and that family do not owe it personally', () => {
    const l = buildLetter('debt_collector', input);
    expect(l.recipient).toBe('[Name of the collection agency]');
    expect(l.text).toContain(
      'only with the executor or administrator of the estate, or a person with authority to pay debts out of the estate',
    );
    expect(l.text).toContain('Family members are not personally responsible');
  });

  it('every kind has a title and prints as escaped static text', () => {
    for (const kind of letterKinds) {
      const l = buildLetter(kind, { ...input, devices: story2Devices });
      expect(l.title.length).toBeGreaterThan(5);
      const html = letterHtml(
        { title: l.title, text: `${l.text}\n<img src=x onerror=alert(1)>` },
        { deceasedName: 'Robert Miller', today: '2026-03-25' },
      );
      expect(html).not.toContain('<img');
      expect(html).toContain('Letter: accounts of Robert Miller. Printed March 25, 2026.');
    }
  });
});
