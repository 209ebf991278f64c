/**
 * The energy and water providers added for issue #16: lookalikes of their domains, and real
 * neighbours that share a name but are another company, are never taken for them; their own
 * sites (and only those) are.
 */
import { describe, expect, it } from 'vitest';
import { builtInMatcher, providerById } from '../../../lib/providers';

const energyLookalikes = [
  // Typos, extra words and other endings of the new utilities' domains.
  'https://comed-billing.com/',
  'https://www.comed.com.account-verify.net/',
  'https://bge-payments.com/',
  'https://pepco.net/',
  'https://entergy-bill.com/',
  'https://txu.com.refund-center.net/',
  'https://txuenergy.co/',
  'https://reliant-energy-support.com/',
  'https://reliantt.com/',
  'https://centerpoint-energy.net/',
  'https://ameren-pay.com/',
  'https://dteenergy.com.login.example.org/',
  'https://consumers-energy.co/',
  'https://pseg-billing.net/',
  'https://eversource-refund.com/',
  'https://sdge.co/',
  'https://aps-bill.com/',
  'https://srpnet.co/',
  'https://ladwp.com.evil.io/',
  'https://smud-payments.org/',
  'https://pse-billing.com/',
  'https://oncor.com.outage-refund.net/',
  'https://atmosenergy.net/',
  'https://spire-energy.com/',
  'https://calwater.co/',
  'https://gswater.net/',
  'https://sjwater.com.evil.io/',
  'https://swgas-pay.com/',
  'https://nicor-gas.com/',
  'https://peoplesgasdelivery.co/',
  'https://firstenergy-corp.com/',
  'https://aepohio.net/',
  'https://appalachian-power.com/',
  'https://delmarva-power.com/',
  'https://atlanticcityelectric.net/',
  'https://peco-energy.net/',
  'https://washingtongas.co/',
  'https://austinenergy.net/',
  'https://cpsenergy.co/',
  'https://columbiagasohio.net/',
  'https://portlandgeneral.co/',
  'https://rockymountainpower.com/',
  'https://nvenergy.net/',
  'https://evergy-pay.com/',
  'https://alabamapower.net/',
  'https://directenergy.co/',
  'https://greenmountainenergy.net/',
  'https://gexa-energy.com/',
  'https://championenergyservices.net/',
  'https://aquaamerica.net/',
  'https://we-energies.net/',
  'https://midamerican-energy.com/',
  'https://lvvwd.net/',
  'https://denver-water.org/',
  // Real sites with a similar name that belong to someone else.
  'https://www.aquawsc.com/member-services/rates-and-fees/service-disconnection/', // Aqua Water Supply Corporation (Texas), not Aqua
  'https://nicoradvancedenergy.com/faqs-residential', // Nicor Advanced Energy, not Nicor Gas
  'https://www.champion-energy.co.uk/terms.html', // a British supplier, not Champion Energy
  'https://www.firstchoicepower.com/faqs/texas/signing-up/switch-holds', // another retail brand
  'https://www.smeco.coop/faqs_category/capital-credit-estate-faqs/', // a Maryland co-op, not SMUD
  'https://weenergies.blogspot.com/2012/04/winter-shut-off-moratorium-ends.html', // a blog on a shared host, not we-energies.com
  // Copies of San Jose Water's pages on unrelated hosts.
  'http://zmhszp.ntklpf.com/customer-care',
  'https://zmhszp.ntklpf.com/customer-care',
  'https://mhl.poscoop.com/disaster-relief',
];

describe('lookalikes of the energy and water names', () => {
  it('has at least 50 cases', () => expect(energyLookalikes.length).toBeGreaterThanOrEqual(50));
  it.each(energyLookalikes)('%s is no provider', (url) => {
    expect(builtInMatcher.match(url)).toBeNull();
  });
});

describe('the energy and water providers own their sites', () => {
  it.each([
    ['https://www.comed.com/MyAccount/MyService/Pages/DesignationGAA.aspx', 'comed'],
    ['https://poweringlives.comed.com/', 'comed'],
    ['https://www.entergy-louisiana.com/faq/katrinarita.aspx', 'entergy'],
    ['https://coautilities.com/wps/wcm/connect/occ/coa/util/support/utility-service/manage-account', 'austin-energy'],
    ['https://www.ladwpnews.com/', 'ladwp'],
    ['https://washgas.com/pages/PaymentProcessing', 'washington-gas'],
    ['https://www.columbiagasky.com/en/billing-payment-options/avoid-being-shut-off', 'columbia-gas'],
    ['https://myaccount.swgas.com/content/terms', 'southwest-gas'],
    ['https://midwest.centerpointenergy.com/assistance', 'centerpoint'],
    ['https://media.srpnet.com/', 'srp'],
  ])('%s is %s', (url, id) => {
    expect(builtInMatcher.match(url)?.provider.id).toBe(id);
  });
});

describe('Oncor owns the wires, not the bill', () => {
  it('says the account is with the retail electric provider, from its own page', () => {
    const oncor = providerById('oncor')!;
    expect(oncor.notes.map((n) => n.text).join(' ')).toMatch(/wires only.*retail electric provider/);
    expect(oncor.sources.find((s) => s.id === oncor.notes[0]!.source)?.quality).toBe('first-party');
    expect(oncor.bereavement?.status).toBe('none found');
  });
});
