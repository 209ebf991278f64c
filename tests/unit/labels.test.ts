import { describe, expect, it } from 'vitest';
import { renderReport } from '../../lib/bundle/report';
import { BundleCase } from '../../lib/bundle/schema';
import {
  contactChannelLabels,
  deviceStateLabels,
  documentKindLabels,
  fileRoleLabels,
  intentLabels,
  outcomeLabels,
  pageKindLabels,
  providerName,
  returnMethodLabels,
  sendChannelLabels,
  taskStateLabels,
  userRoleInWords,
  userRoleLabels,
} from '../../lib/labels';
import {
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
import { builtInMatcher } from '../../lib/providers';
import { buildMatcher } from '../../lib/providers/user';
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
