import { describe, expect, it } from 'vitest';
import { complaintForm, formForRung, formsFor } from '../../../lib/complaints/forms';
import { descriptionOf, stepsTakenOf, summaryOf, timelineOf, totalsOf } from '../../../lib/complaints/history';
import { buildPacket, phoneNumbersIn } from '../../../lib/complaints/packet';
import { packetHtml } from '../../../lib/complaints/print';
import { REDACTED_MARK } from '../../../lib/redact/copy';
import { story2Case, story2Evidence, story2History } from '../../fixtures/story2';

const when = { today: '2026-03-25', timeZone: 'America/New_York' };
const input = { ...story2History, estateCase: story2Case, category: 'cable_internet' as const, numbers: 'last4' as const };
const field = (p: ReturnType<typeof buildPacket>, key: string) => p.fields.find((f) => f.key === key)?.value ?? '';

describe('the totals of the 22-call story', () => {
  it('count calls, hold time, broken promises, days and escalations', () => {
    expect(totalsOf(story2History, when)).toMatchObject({
      calls: 22,
      holdMinutes: 720,
      promises: 3,
      promisesBroken: 3,
      firstContact: '2026-01-15',
      daysSinceFirstContact: 69,
      escalations: 1,
      documentsUnacknowledged: 1,
      devicesOutstanding: 0,
    });
    const summary = summaryOf(story2History, when);
    expect(summary).toContain('Since January 15, 2026, 22 contacts with Xfinity were recorded (22 phone calls, 12 hours on hold in all).');
    expect(summary).toContain('0 kept, 3 broken');
    expect(summary).toContain('Still outstanding: to close the account (promised by January 25, 2026)');
  });
});

describe('the FCC packet from the 22-call story', () => {
  const packet = buildPacket(complaintForm('fcc'), input, when);

  it('fills each field the form asks for from the case', () => {
    expect(field(packet, 'filerName')).toBe('Linda Miller');
    expect(field(packet, 'filerAddress')).toBe('40 Maple Ave, Albany, NY 12208');
    expect(field(packet, 'filerPhone')).toBe('518-555-0142');
    expect(field(packet, 'state')).toBe('NY');
    expect(field(packet, 'company')).toBe('Xfinity');
    expect(field(packet, 'howReceived')).toBe('Internet and cable TV');
    expect(field(packet, 'phonesInvolved')).toBe('518-555-0199');
    expect(field(packet, 'accountNumber')).toBe('ending 9012');
    expect(field(packet, 'resolutionSought')).toContain('refund the $120 credit to the estate');
    expect(packet.missing).toEqual(['bestTime']);
  });

  it('writes a factual description: dates and local times, representatives, references, hold times, promises and whether kept', () => {
    const d = field(packet, 'description');
    expect(d).toContain(
      'Robert Miller, the holder of the Xfinity account (account ending 9012) at 40 Maple Ave, Albany, NY 12208, died on January 10, 2026.',
    );
    expect(d).toContain('I am Linda Miller, the surviving spouse');
    expect(d).toMatch(
      /Jan 18, 2026, 2:05\sPM EST: phone call, Customer service, representative Kevin, reference number CR-1001, 35 minutes on hold\./,
    );
    expect(d).toContain('The representative promised to close the account by January 25, 2026 (NOT kept).');
    expect(d).toContain('representative Dana (escalation manager), reference number ESC-2207');
    expect(d).toContain('cannot see notes from the earlier calls');
    expect(d).toContain('Transferred to the bereavement department, which was closed');
    expect(d).toMatch(/Mar 19, 2026, 3:05\sPM EDT/); // after the change to daylight time
    expect(d).toContain(
      'Death certificate sent to Xfinity bereavement team (fax, 1-800-555-0100). No acknowledgment received after 64 days.',
    );
    expect(d).toContain('Cable modem (serial XB7-4471): returned on January 22, 2026, at a store, receipt or tracking RET-55812.');
    expect(d).not.toMatch(/death_certificate|no_progress|upload_form|UTC/);
  });

  it('lists the steps already taken', () => {
    const s = field(packet, 'stepsTaken');
    expect(s).toContain('Contacted Xfinity 22 times between January 15, 2026 and March 19, 2026 (12 hours on hold)');
    expect(s).toContain('4 named representatives (Kevin, Dana (escalation manager), Maria, Sam)');
    expect(s).toMatch(/Escalated on Feb 2, 2026, 2:05\sPM EST to Escalations/);
  });

  it('leaves the sensitive death certificate out, says why and offers a redacted copy; attaches the rest with its SHA-256', () => {
    expect(packet.leftOut).toEqual([
      expect.objectContaining({
        evidenceId: 'ev-cert',
        canRedact: true,
        why: 'You marked it sensitive, and the FCC informal complaint asks for no sensitive personal details, so it stays out.',
      }),
    ]);
    expect(packet.attachments.map((a) => a.file.name)).toEqual(['page.mhtml', 'page.png']);
    expect(packet.attachments[0]!.file.sha256).toBe('02'.repeat(32));
  });

  it('attaches a blacked-out copy made before copies were linked, recognized by its title, in place of its original', () => {
    const redacted = { ...story2Evidence[0]!, id: 'ev-red', title: `Death certificate ${REDACTED_MARK}`, sensitive: false };
    const p = buildPacket(complaintForm('fcc'), { ...input, evidence: [...story2Evidence, redacted] }, when);
    const copy = p.attachments.find((a) => a.evidenceId === 'ev-red')!;
    expect([copy.redacted, copy.title]).toEqual([true, 'Death certificate (redacted copy)']);
    expect(p.leftOut).toEqual([
      expect.objectContaining({
        evidenceId: 'ev-cert',
        canRedact: false,
        why: 'You made a copy of it with parts blacked out; the copy goes instead, and this original stays on this computer.',
      }),
    ]);
  });

  it('sends the linked copy, never the original, in every form, even one that would take sensitive documents', () => {
    const copy = {
      ...story2Evidence[0]!,
      id: 'ev-copy',
      title: 'Certificate for the complaint',
      sensitive: false,
      redaction: { of: 'ev-cert' },
    };
    for (const form of [...formsFor('cable_internet', 'CA'), ...formsFor('cable_internet', 'TX'), ...formsFor('electric', 'NY')]) {
      const p = buildPacket(form, { ...input, evidence: [...story2Evidence, copy] }, when);
      expect(
        p.attachments.map((a) => a.evidenceId),
        form.id,
      ).not.toContain('ev-cert');
      expect(p.attachments.find((a) => a.evidenceId === 'ev-copy')?.title, form.id).toBe('Certificate for the complaint (redacted copy)');
      expect(
        p.leftOut.map((l) => l.evidenceId),
        form.id,
      ).toEqual(['ev-cert']);
    }
    // Without a copy, a form that takes sensitive documents attaches the original (the user chose to send it).
    const executive = complaintForm('executive');
    expect(executive.forbidsSensitive).toBeFalsy();
    expect(buildPacket(executive, input, when).attachments.map((a) => a.evidenceId)).toContain('ev-cert');
  });

  it('offers to black out a PDF as well as a picture, but not a saved page', () => {
    const pdf = {
      ...story2Evidence[0]!,
      id: 'ev-pdf',
      files: [{ ...story2Evidence[0]!.files[0]!, mime: 'application/pdf', name: 'c.pdf' }],
    };
    const p = buildPacket(complaintForm('fcc'), { ...input, evidence: [pdf, { ...story2Evidence[1]!, sensitive: true }] }, when);
    expect(p.leftOut.map((l) => [l.evidenceId, l.canRedact])).toEqual([
      ['ev-pdf', true],
      ['ev-page', false],
    ]);
  });

  it('gives the account number in full when the user chooses so', () => {
    expect(field(buildPacket(complaintForm('fcc'), { ...input, numbers: 'full' }, when), 'accountNumber')).toBe('8499 1000 2000 9012');
  });

  it('prints as static, escaped text with the checksums grouped', () => {
    const html = packetHtml(buildPacket(complaintForm('fcc'), { ...input, providerName: 'X<script>alert(1)</script>' }, when), {
      deceasedName: 'Robert Miller',
      today: '2026-03-25',
    });
    expect(html).not.toContain('<script>');
    expect(html).toContain('X&lt;script&gt;');
    expect(html).toContain('<span>02020202</span> <span>02020202</span>');
    expect(html).toContain('Printed March 25, 2026');
    expect(html).toContain('counter(page)');
  });
});

describe('the state commissions', () => {
  it('ask for their own fields: California the name on the bill and yours if different', () => {
    const ca = buildPacket(complaintForm('puc-ca'), { ...input, category: 'electric' }, when);
    expect(ca.fields.map((f) => f.label)).toEqual(
      expect.arrayContaining([
        'The name that appears on the bill',
        'Your name, if different from the account holder’s name',
        'Service address (not a P.O. Box)',
      ]),
    );
    expect(field(ca, 'filerIfDifferent')).toBe('Linda Miller (the surviving spouse)');
    expect(field(ca, 'accountHolder')).toBe('Robert Miller (died January 10, 2026)');
    const tx = buildPacket(complaintForm('puc-tx'), { ...input, category: 'electric' }, when);
    expect(tx.fields.find((f) => f.key === 'resolutionSought')?.label).toContain('desired outcome');
    // A state commission does not forbid sensitive documents: the certificate may go.
    expect(tx.leftOut).toEqual([]);
  });

  it('are chosen by the category and the state of the service address', () => {
    expect(formsFor('cable_internet', 'NY').map((f) => f.id)).toEqual(['fcc', 'puc-ny', 'executive', 'cfpb']);
    expect(formsFor('electric', 'CA').map((f) => f.id)).toEqual(['puc-ca', 'executive', 'cfpb']);
    expect(formsFor('water', 'TX').map((f) => f.id)).toEqual(['puc-tx', 'executive', 'cfpb']);
    expect(formsFor('gas', 'OH').map((f) => f.id)).toEqual(['puc', 'executive', 'cfpb']);
    expect(formsFor('wireless', 'CA').map((f) => f.id)).toEqual(['fcc', 'executive', 'cfpb']);
    expect(formsFor('streaming', undefined).map((f) => f.id)).toEqual(['executive', 'cfpb']);
  });

  it('go with the rungs of the escalation ladder', () => {
    expect(
      ['fcc', 'puc-ca', 'puc-ny', 'puc-tx', 'puc-oh', 'puc', 'cfpb', 'provider-written', 'supervisor', 'bbb', 'franchise'].map(formForRung),
    ).toEqual(['fcc', 'puc-ca', 'puc-ny', 'puc-tx', 'puc', 'puc', 'cfpb', 'executive', undefined, undefined, undefined]);
  });

  it('every form cites a source with a quote', () => {
    for (const id of ['fcc', 'puc-ca', 'puc-ny', 'puc-tx', 'puc', 'cfpb', 'executive'] as const) {
      const f = complaintForm(id);
      expect(f.sources.length).toBeGreaterThan(0);
      for (const s of f.sources) {
        expect(s.url).toMatch(/^https?:\/\//);
        expect(s.quote.length).toBeGreaterThan(20);
      }
    }
  });
});

describe('phone numbers', () => {
  it('are found in text and written 555-555-5555', () => {
    expect(phoneNumbersIn('call (518) 555-0199 or +1 212.555.0100; not 12345')).toEqual(['518-555-0199', '212-555-0100']);
  });
});

describe('the description in other time zones', () => {
  it('names the local time in Los Angeles and Honolulu', () => {
    expect(descriptionOf(story2History, story2Case, { ...when, timeZone: 'America/Los_Angeles' }, 'last4')).toMatch(
      /Jan 18, 2026, 11:05\sAM PST/,
    );
    expect(descriptionOf(story2History, story2Case, { ...when, timeZone: 'Pacific/Honolulu' }, 'last4')).toMatch(
      /Mar 19, 2026, 9:05\sAM HST/,
    );
  });
});

describe('rungs of the escalation ladder climbed', () => {
  const fcc = {
    id: 'esc-1',
    caseId: 'case-story2',
    accountId: 'acc-xfinity',
    level: 'regulator' as const,
    rung: 'fcc',
    to: 'Federal Communications Commission',
    on: '2026-03-20',
    referenceNumber: 'FCC-7788',
    followUpDate: '2026-04-19',
    createdAt: '2026-03-20T12:00:00.000Z',
    updatedAt: '2026-03-20T12:00:00.000Z',
  };
  const withFcc = { ...story2History, escalations: [fcc] };

  it('count as escalations, and show in the timeline and the steps taken', () => {
    expect(totalsOf(withFcc, when).escalations).toBe(2);
    expect(timelineOf(withFcc, when).at(-1)).toMatchObject({
      what: 'Escalated',
      when: 'March 20, 2026',
      detail: 'Taken to Federal Communications Commission, reference number FCC-7788. Answer expected by April 19, 2026.',
    });
    expect(stepsTakenOf(withFcc, when)).toContain(
      'March 20, 2026: Taken to Federal Communications Commission, reference number FCC-7788. Answer expected by April 19, 2026.',
    );
    expect(timelineOf(withFcc, { ...when, today: '2026-05-01' }).at(-1)!.detail).toContain(
      'No answer by April 19, 2026, the day it was due.',
    );
  });
});
