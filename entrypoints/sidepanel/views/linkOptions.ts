/** The records proof can be linked to, as choices for the link editor (shared by the vault and the capture button). */
import type { LinkOptions } from '../../../components/EvidenceLinks';
import { currentMatcher } from '../../../lib/db/matcher';
import { linkTargetsOfCase } from '../../../lib/db/panelReads';
import { contactChannelLabels, providerName } from '../../../lib/labels';

export async function linkOptionsOf(caseId: string): Promise<LinkOptions> {
  const [{ accounts, steps: tasks, devices, contacts }, matcher] = await Promise.all([linkTargetsOfCase(caseId), currentMatcher()]);
  return {
    accounts: accounts.map((a) => ({
      id: a.id,
      label: `${providerName(matcher, a.providerId)}${a.accountNumber ? ` (${a.accountNumber})` : ''}`,
    })),
    tasks: tasks.sort((a, b) => a.order - b.order).map((t) => ({ id: t.id, label: t.title, accountId: t.accountId })),
    devices: devices.map((v) => ({ id: v.id, label: v.serial ? `${v.label} (${v.serial})` : v.label, accountId: v.accountId })),
    contacts: contacts
      .sort((a, b) => b.at.localeCompare(a.at))
      .map((c) => ({
        id: c.id,
        label: `${contactChannelLabels[c.channel]} on ${new Date(c.at).toLocaleDateString()}${c.representative ? ` with ${c.representative}` : ''}`,
        accountId: c.accountId,
      })),
  };
}

export function linkSummary(
  options: LinkOptions,
  item: { accountId?: string; taskId?: string; deviceId?: string; contactId?: string },
): string {
  const find = (list: LinkOptions[keyof LinkOptions], id?: string) => (id ? list.find((o) => o.id === id)?.label : undefined);
  const parts = [
    find(options.accounts, item.accountId),
    find(options.tasks, item.taskId) && `step “${find(options.tasks, item.taskId)}”`,
    find(options.devices, item.deviceId) && `device ${find(options.devices, item.deviceId)}`,
    find(options.contacts, item.contactId),
  ].filter(Boolean);
  return parts.length ? `Linked to ${parts.join(', ')}` : 'Not linked to an account yet';
}
