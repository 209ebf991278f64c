import { describe, expect, it } from 'vitest';
import { accountShown, type ScreenRecords } from '../../../lib/derived/accountScreen';
import type { Account, Contact, Device, DocumentSent, EstateCase, PromiseMade } from '../../../lib/model';
import { providerById } from '../../../lib/providers';

const TODAY = '2026-03-20';
const stamp = (day: string) => `2026-03-${day}T10:00:00.000Z`;
const estateCase: EstateCase = {
  id: 'c',
  deceasedName: 'Robert Miller',
  dateOfDeath: '2026-02-20',
  userRole: 'child',
  createdAt: stamp('01'),
  updatedAt: stamp('01'),
};
const account = (providerId: string): Account =>
  ({ id: 'a', caseId: 'c', providerId, intent: 'close', createdAt: stamp('01'), updatedAt: stamp('01') }) as Account;
const device = (id: string, created: string): Device =>
  ({
    id,
    caseId: 'c',
    accountId: 'a',
    kind: 'tv_box',
    label: id,
    state: 'pending',
    createdAt: stamp(created),
    updatedAt: stamp(created),
  }) as Device;
const sent = (id: string, sentOn: string): DocumentSent =>
  ({
    id,
    caseId: 'c',
    accountId: 'a',
    document: 'death_certificate',
    sentOn,
    channel: 'mail',
    createdAt: stamp('01'),
    updatedAt: stamp('01'),
  }) as DocumentSent;
const call = (id: string, day: string): Contact =>
  ({ id, caseId: 'c', accountId: 'a', at: stamp(day), channel: 'call', createdAt: stamp(day), updatedAt: stamp(day) }) as Contact;
const promise: PromiseMade = {
  id: 'p',
  caseId: 'c',
  accountId: 'a',
  contactId: 'k2',
  what: 'Refund of the last bill',
  dueDate: '2026-03-10',
  createdAt: stamp('05'),
  updatedAt: stamp('05'),
};

function records(providerId: string, more: Partial<ScreenRecords> = {}): ScreenRecords {
  return {
    account: account(providerId),
    tasks: [],
    devices: [device('later', '09'), device('earlier', '03')],
    documents: [sent('old', '2026-03-02'), sent('new', '2026-03-12')],
    promises: [promise],
    escalations: [],
    latestCalls: [call('k2', '05'), call('k1', '04')],
    callCount: 7,
    ...more,
  };
}

describe("what an account's screen shows (derived once, by the live screen and by the background alike)", () => {
  it('devices in the order listed, documents newest first, the newest calls with their promises, and the whole log counted', () => {
    const shown = accountShown(records('xfinity'), providerById('xfinity'), estateCase, TODAY, 'UTC');
    expect(shown.devices.map((d) => d.device.id)).toEqual(['earlier', 'later']);
    expect(shown.documents.map((d) => [d.doc.id, d.daysWaiting])).toEqual([
      ['new', 8],
      ['old', 18],
    ]);
    expect(shown.log.map((e) => (e.kind === 'contact' ? [e.contact.id, e.promises.map((p) => p.status)] : e.kind))).toEqual([
      ['k2', ['broken']],
      ['k1', []],
    ]);
    expect(shown.logTotal).toBe(7);
    expect(shown.folds.contact.open).toBe(true);
    expect(shown.folds.device.open).toBe(true);
    // Xfinity lends equipment and allows a move into a survivor's name.
    expect(shown.showEquipment).toBe(true);
    expect(shown.intents).toEqual(['close', 'transfer', 'undecided']);
    expect(shown.askDisconnectDate).toBe(true);
  });

  it('a streaming service: no Equipment section and no disconnect date to ask, unless a device or a date was given', () => {
    const netflix = providerById('netflix');
    const none = accountShown(records('netflix', { devices: [] }), netflix, estateCase, TODAY, 'UTC');
    expect(none.showEquipment).toBe(false);
    expect(none.askDisconnectDate).toBe(false);
    const withDevice = accountShown(records('netflix'), netflix, estateCase, TODAY, 'UTC');
    expect(withDevice.showEquipment).toBe(true);
    const dated = records('netflix', { devices: [] });
    dated.account.disconnectDate = '2026-03-31';
    expect(accountShown(dated, netflix, estateCase, TODAY, 'UTC').askDisconnectDate).toBe(true);
  });

  it("the checklist: the provider's playbook in its order, the next step first among those to do", () => {
    const shown = accountShown(records('xfinity'), providerById('xfinity'), estateCase, TODAY, 'UTC');
    expect(shown.checklist.status).toBe('not_started');
    expect(shown.checklist.next).toBeUndefined();
    const step = {
      id: 's',
      caseId: 'c',
      accountId: 'a',
      title: 'Call them',
      state: 'todo',
      order: 1,
      createdAt: stamp('01'),
      updatedAt: stamp('01'),
    };
    const withStep = accountShown(records('xfinity', { tasks: [step as never] }), providerById('xfinity'), estateCase, TODAY, 'UTC');
    expect(withStep.checklist.next?.id).toBe('s');
    // Plain data: it crosses from the background to the panel as a message.
    expect(JSON.parse(JSON.stringify(withStep))).toEqual(withStep);
  });
});
