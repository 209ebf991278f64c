/** The defects the audit of issue #16 found in the built-in data, each kept fixed. */
import { describe, expect, it } from 'vitest';
import { citedFacts, type Provider, providerById, registry, sourceOf } from '../../../lib/providers';

const p = (id: string): Provider => providerById(id)!;
const allText = (provider: Provider) => JSON.stringify(provider);
const factsCiting = (provider: Provider, url: RegExp) =>
  citedFacts(provider).filter((f) => url.test(sourceOf(provider, f.source)?.url ?? ''));

describe("the audit's defects stay fixed", () => {
  it('Netflix: 24 months, not 10, from its own help page; its deceased-member page is named', () => {
    const netflix = p('netflix');
    expect(citedFacts(netflix).some((f) => /10 months/.test(f.text + f.quote))).toBe(false);
    expect(
      netflix.notes.some((n) => /24 months/.test(n.text) && sourceOf(netflix, n.source)?.url.startsWith('https://help.netflix.com/')),
    ).toBe(true);
    expect(allText(netflix)).toContain('help.netflix.com/en/node/110165');
  });

  it('Con Edison: no instruction built from an advocate’s argument, and no PSC advice', () => {
    const coned = p('con-edison');
    expect(coned.guidance.cancel ?? []).toEqual([]);
    expect(
      Object.values(coned.guidance)
        .flat()
        .some((f) => /PSC|complain/i.test(f?.text ?? '')),
    ).toBe(false);
    for (const n of coned.bereavement?.notes ?? []) expect(n.text).toMatch(/^Second-hand|advocate/);
  });

  it('DIRECTV: the $45 and $135 fees cite page 975, which says them', () => {
    const dtv = p('directv');
    for (const fee of dtv.equipment?.fees ?? []) {
      expect(sourceOf(dtv, fee.source)?.url).toBe('https://support.directv.com/account-management/975');
      expect(fee.quote).toContain(`$${fee.upToUsd}`);
    }
  });

  it('no fact cites a bare homepage', () => {
    for (const provider of registry) {
      for (const f of citedFacts(provider)) {
        const url = new URL(sourceOf(provider, f.source)!.url);
        expect(url.pathname.length > 1 || url.search.length > 0, `${provider.id} ${f.where}: ${url}`).toBe(true);
      }
    }
    expect(factsCiting(p('spectrum'), /timewarnercable\.com\/en\/support\/.*transfer-or-cancel-service/).length).toBeGreaterThan(0);
    expect(factsCiting(p('att'), /forums\.att\.com\/page\/FAQ-Transfer-Billing/).length).toBeGreaterThan(0);
    expect(factsCiting(p('t-mobile'), /consumerist\.com\/2012\//).length).toBeGreaterThan(0);
    expect(factsCiting(p('xfinity'), /montgomerycountymd\.gov\/311\/Solutions\.aspx\?SolutionId=/).length).toBeGreaterThan(0);
  });

  it('AT&T: KM1113355 is the bereavement page, survivorhelp is not, and the name-change line is no bereavement line', () => {
    const att = p('att');
    expect(att.bereavement?.url).toContain('KM1113355');
    expect(att.bereavement?.channels).toEqual([]);
    expect(att.contact[0]?.label).toMatch(/general line, not a bereavement line/);
    expect(allText(att)).toMatch(/required info/);
  });

  it('Mediacom: no "10 business days" (the source says 30 days)', () => {
    expect(allText(p('mediacom'))).not.toMatch(/10 business days/);
    expect(allText(p('mediacom'))).toMatch(/30 days/);
  });

  it('Duke Energy: an Authorized Person may stop service only in limited situations', () => {
    const notes = p('duke-energy')
      .notes.map((n) => n.text)
      .join(' ');
    expect(notes).toMatch(/only in limited situations/);
    expect(notes).not.toMatch(/can stop or disconnect service/);
  });

  it('T-Mobile: the 2012 fee is "considered for adjustment", not "waived", and its bereavement page is set', () => {
    const tmo = p('t-mobile');
    expect(tmo.bereavement?.url).toBe('https://support.t-mobile.com/docs/DOC-10437');
    const consumerist = citedFacts(tmo).filter((f) => f.source === 'consumerist-2012');
    expect(consumerist.length).toBeGreaterThan(0);
    for (const f of consumerist) expect(f.text).not.toMatch(/(?<!not automatically )waived/);
  });

  it('sources say when they were checked, not when a copy was made: old copies keep their own date apart', () => {
    const dated = registry.flatMap((provider) => provider.sources.filter((s) => s.published || s.captured));
    expect(dated.length).toBeGreaterThan(20);
    for (const s of dated) expect((s.published ?? s.captured)! <= s.checked).toBe(true);
    expect(registry.flatMap((provider) => provider.sources).some((s) => s.checked === '2026-11-22')).toBe(false);
  });

  it('Verizon: the transfer FAQ is /support/transfer-your-service-faqs/', () => {
    const urls = p('verizon').testUrls.map((t) => t.url);
    expect(urls).toContain('https://www.verizon.com/support/transfer-your-service-faqs/');
    expect(urls.join(' ')).not.toContain('transfer-of-service-faqs');
  });

  it('the domains people land on are recognized', () => {
    const claims: Array<[string, string]> = [
      ['att', 'paygonline.com'],
      ['verizon', 'vzw.com'],
      ['verizon', 'verizon.net'],
      ['spectrum', 'timewarnercable.com'],
      ['apple', 'icloud.com'],
      ['dish', 'mydish.com'],
      ['duke-energy', 'piedmontng.com'],
      ['t-mobile', 'sprint.com'],
      ['cricket', 'aiowireless.com'],
      ['siriusxm', 'sirius.com'],
    ];
    for (const [id, domain] of claims) expect(p(id).domains, id).toContain(domain);
    expect(p('disney-plus').hosts).toContain('my.disney.com');
    expect(p('pge').hosts).toContain('pgesupport.zendesk.com');
  });

  it('renamed and merged providers answer for their old names', () => {
    const formerly = (id: string) => p(id).formerly.map((f) => f.name);
    expect(formerly('spectrum')).toEqual(['Time Warner Cable', 'Bright House Networks']);
    expect(formerly('optimum')).toEqual(['Suddenlink']);
    expect(formerly('fpl')).toEqual(['Gulf Power']);
  });

  it('options, equipment kinds, return methods and regulators are sourced facts or left empty', () => {
    for (const provider of registry) {
      const b = provider.bereavement;
      for (const o of b?.options ?? []) expect(o.quote, provider.id).toBeTruthy();
      for (const k of provider.equipment?.kinds ?? []) expect(k.quote, provider.id).toBeTruthy();
      for (const m of provider.equipment?.returnMethods ?? []) expect(m.quote, provider.id).toBeTruthy();
      for (const r of provider.escalation.regulators) expect(r.quote, provider.id).toBeTruthy();
    }
  });
});

describe('the telecom, wireless and streaming entries added for coverage', () => {
  it('Google Fi and Republic Wireless: their own cancellation pages say what to do for a deceased subscriber', () => {
    for (const [id, page] of [
      ['google-fi', 'https://support.google.com/fi/answer/6079398'],
      ['republic-wireless', 'https://community.republicwireless.com/docs/DOC-1625'],
    ] as const) {
      const provider = p(id);
      expect(provider.bereavement?.status, id).toBe('verified first-party');
      expect(provider.bereavement?.url, id).toBe(page);
      expect(sourceOf(provider, provider.bereavement!.notes[0]!.source)?.quality, id).toBe('first-party');
      expect(
        provider.bereavement?.notes.some((n) => /deceased/.test(n.quote)),
        id,
      ).toBe(true);
    }
    expect(p('republic-wireless').bereavement?.channels.map((c) => c.value)).toEqual(['help@republicwireless.com']);
  });

  it('general numbers of the added providers are contact lines, never bereavement lines', () => {
    for (const id of [
      'brightspeed',
      'ziply-fiber',
      'metronet',
      'viasat',
      'sparklight',
      'straight-talk',
      'tracfone',
      'h2o-wireless',
      'consolidated',
    ]) {
      const provider = p(id);
      expect(provider.bereavement?.channels ?? [], id).toEqual([]);
      expect(provider.contact.length, id).toBeGreaterThan(0);
    }
  });

  it('Google and ESPN claim only their account hosts, so searches and news pages stay nobody’s', () => {
    expect(p('google-account').domains).toEqual([]);
    expect(p('google-fi').hosts).toEqual(['fi.google.com']);
    expect(p('espn-plus').hosts).toEqual(['plus.espn.com']);
  });
});
