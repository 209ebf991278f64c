/**
 * The complaint packets inside a bundle: for each account with contacts recorded,
 * one printable page per complaint form that fits it (data/complaints/<account>/
 * <form>.html), its attachments named by their paths in the bag. Listed in the
 * manifests like every payload file.
 */

import { formsFor } from '../complaints/forms';
import type { AccountHistory, TellingTime } from '../complaints/history';
import { buildPacket } from '../complaints/packet';
import { packetHtml } from '../complaints/print';
import { stateOfAddress } from '../escalation/address';
import { buildMatcher } from '../providers/registry';
import { providerNameFor, slug } from './layout';
import type { BundleCase } from './schema';

export function complaintFiles(b: BundleCase, when: TellingTime): Array<[string, string]> {
  const providers = buildMatcher(b.userProviders);
  const name = providerNameFor(b.userProviders);
  const pathOf = new Map(b.files.map((f) => [f.blobId, f.path.slice('data/'.length)]));
  const out: Array<[string, string]> = [];
  const used = new Set<string>();
  for (const account of b.accounts) {
    const contacts = b.contacts.filter((c) => c.accountId === account.id);
    if (contacts.length === 0) continue;
    const history: AccountHistory = {
      account,
      providerName: name(account.providerId),
      contacts,
      promises: b.promises.filter((p) => p.accountId === account.id),
      documentsSent: b.documentsSent.filter((d) => d.accountId === account.id),
      devices: b.devices.filter((d) => d.accountId === account.id),
      evidence: b.evidence.filter((e) => e.accountId === account.id),
      escalations: b.escalations.filter((e) => e.accountId === account.id),
    };
    const category = providers.provider(account.providerId)?.categories[0];
    let folder = slug(`${history.providerName}${account.accountNumber ? `-${account.accountNumber.slice(-4)}` : ''}`);
    for (let n = 2; used.has(folder); n++) folder = `${folder}-${n}`;
    used.add(folder);
    for (const form of formsFor(category, account.serviceState ?? stateOfAddress(account.serviceAddress))) {
      const packet = buildPacket(form, { ...history, estateCase: b.case, category, numbers: b.accountNumbers }, when);
      // From data/complaints/<folder>/ back to data/.
      const html = packetHtml(packet, {
        deceasedName: b.case.deceasedName,
        today: when.today,
        pathOf: (id) => (pathOf.has(id) ? `../../${pathOf.get(id)}` : undefined),
      });
      out.push([`data/complaints/${folder}/${form.id}.html`, html]);
    }
  }
  return out;
}
