import { afterEach, describe, expect, it } from 'vitest';
import { renderReport } from '../../lib/bundle/report';
import { BundleCase } from '../../lib/bundle/schema';
import { useLanguage } from '../../lib/i18n';
import { en } from '../../lib/i18n/en';
import {
  categoryLabels,
  contactChannelLabels,
  deviceStateLabels,
  documentKindLabels,
  englishMark,
  fileRoleLabels,
  intentLabels,
  outcomeLabels,
  pageKindLabels,
  providerName,
  referenceLabel,
  returnMethodLabels,
  sendChannelLabels,
  taskStateLabels,
  userRoleInWords,
  userRoleLabels,
} from '../../lib/labels';
import {
  categories,
  contactChannels,
  contactOutcomes,
  deviceStates,
  intents,
  pageKinds,
  returnMethods,
  sendChannels,
  taskStates,
  userRoles,
} from '../../lib/model';
import { findReferenceNumbers } from '../../lib/page/references';
import { builtInMatcher } from '../../lib/providers';
import { buildMatcher } from '../../lib/providers/registry';
import { caseJsonOf, seedCase } from '../fixtures/bundle-seed';

describe("a provider's name from its id", () => {
  const tracked = {
    id: 'user-mycoop-com',
    name: 'My Co-op Electric',
    category: 'electric' as const,
    domain: 'mycoop.com',
    createdAt: '2026-03-01T10:00:00.000Z',
  };

  it('knows the built-in providers', () => {
    expect(providerName(builtInMatcher, 'xfinity')).toBe('Xfinity');
  });

  it('knows the sites the user tracks, and the built-in providers beside them', () => {
    const matcher = buildMatcher([tracked]);
    expect(providerName(matcher, 'user-mycoop-com')).toBe('My Co-op Electric');
    expect(providerName(matcher, 'att')).toBe('AT&T');
  });

  it('falls back to the id for a provider nobody knows any more', () => {
    expect(providerName(builtInMatcher, 'user-mycoop-com')).toBe('user-mycoop-com');
  });
});

describe('words for the codes', () => {
  it('cover every code of the model and the registry, each with its own words', () => {
    const cases: Array<[readonly string[], Record<string, string>]> = [
      [intents, intentLabels()],
      [deviceStates, deviceStateLabels],
      [sendChannels, sendChannelLabels],
      [contactChannels, contactChannelLabels],
      [contactOutcomes, outcomeLabels],
      [taskStates, taskStateLabels],
      [userRoles, userRoleLabels],
      [pageKinds, pageKindLabels],
      [returnMethods, returnMethodLabels],
    ];
    for (const [codes, labels] of cases) {
      expect(Object.keys(labels).sort()).toEqual([...codes].sort());
      expect(new Set(Object.values(labels)).size).toBe(codes.length);
    }
  });

  it('name the survivor in a transfer when the case does', () => {
    expect(intentLabels('Ann Miller').transfer).toBe("Move it into Ann Miller's name");
    expect(intentLabels('  ').transfer).toBe("Move it into a survivor's name");
  });
});

describe("the bundle's report", () => {
  it('uses the same words as the side panel', () => {
    const s = seedCase();
    const bundle = BundleCase.parse(
      caseJsonOf(s, {
        asOf: '2026-03-12T12:00:00.000Z',
        files: s.evidence.flatMap((e) => e.files.map((f) => ({ blobId: f.blobId, path: `data/evidence/${f.blobId}` }))),
      }),
    );
    const html = renderReport({ bundle, sha256: new Map(), providerName: (id) => id, today: '2026-03-12', timeZone: 'America/New_York' });
    const shown = (text: string) => expect(html).toContain(text.replace(/'/g, '&#39;'));
    shown(`<strong>${intentLabels('Ann Miller').transfer}.</strong>`);
    shown(`<strong>${intentLabels().close}.</strong>`);
    shown(`kept by ${userRoleInWords.child}`);
    shown(deviceStateLabels.pending);
    shown(deviceStateLabels.returned);
    shown(contactChannelLabels.call);
    shown(documentKindLabels.death_certificate);
    shown(sendChannelLabels.fax);
    shown(fileRoleLabels.archive);
    // No code of the model reaches a reader.
    const text = html.replace(/<[^>]+>/g, ' ');
    for (const code of ['death_certificate', 'upload_form', 'page_capture', 'return_started', 'no_progress', 'archive', 'UTC'])
      expect(text).not.toMatch(new RegExp(`\\b${code}\\b`));
  });
});

describe('the words in Spanish', () => {
  afterEach(() => useLanguage('en'));

  it('are read when looked up, so the same maps speak the language loaded since', async () => {
    expect(deviceStateLabels.pending).toBe('Not returned yet');
    await useLanguage('es');
    expect(deviceStateLabels.pending).toBe('Todavía no se ha devuelto');
    expect(documentKindLabels.death_certificate).toBe('Certificado de defunción');
    expect(categoryLabels.cable_internet).toBe('Cable o internet');
    expect(intentLabels('Ann Miller').transfer).toBe('Ponerla a nombre de Ann Miller');
    expect(intentLabels().transfer).toBe('Ponerla a nombre de un familiar');
    expect(englishMark()).toBe('(en inglés)');
    // In the order a return goes, as the device form lists them.
    expect(Object.keys(deviceStateLabels)).toEqual([...deviceStates]);
    expect(Object.values(deviceStateLabels)).toEqual([
      'Todavía no se ha devuelto',
      'Ya va de vuelta',
      'Devuelto',
      'Nos lo quedamos (no hay que devolverlo)',
    ]);
    await useLanguage('en');
    expect(englishMark()).toBe('');
    expect(categoryLabels.cable_internet).toBe('Cable or internet');
  });

  it('cover every code in Spanish too, each with its own words', async () => {
    await useLanguage('es');
    for (const labels of [
      deviceStateLabels,
      sendChannelLabels,
      contactChannelLabels,
      outcomeLabels,
      taskStateLabels,
      userRoleLabels,
      pageKindLabels,
      returnMethodLabels,
      categoryLabels,
    ])
      expect(new Set(Object.values(labels)).size).toBe(Object.keys(labels).length);
    expect(Object.keys(categoryLabels).sort()).toEqual([...categories].sort());
  });
});

describe("a page's reference numbers by name", () => {
  afterEach(() => useLanguage('en'));

  it('are named in the language shown; a name not known is shown as found', async () => {
    expect(referenceLabel('Confirmation number')).toBe('Confirmation number');
    await useLanguage('es');
    expect(referenceLabel('Confirmation number')).toBe('Número de confirmación');
    expect(referenceLabel('Work order')).toBe('Orden de trabajo');
    expect(referenceLabel('Invoice thing')).toBe('Invoice thing');
  });

  it('know every name the page reader gives', () => {
    const found = findReferenceNumbers(
      'Confirmation number: AB12345. Order #556677. Work order 77881. Ticket 99812. Case 55512. Ref. RX1234. Tracking 1Z999. Request 12345A. Claim C4567.',
    );
    expect(found.length).toBeGreaterThan(5);
    for (const r of found) expect(Object.values(en.labels)).toContain(r.label);
  });
});
