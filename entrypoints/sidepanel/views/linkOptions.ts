/** The records proof can be linked to, as choices for the link editor (shared by the vault and the capture button). */
import type { LinkOptions } from '../../../components/EvidenceLinks';
import { shownTitle } from '../../../lib/checklist/stepWords';
import { formatDate } from '../../../lib/dates';
import { type LinkTargets, linkTargetsNamed, linkTargetsOfAccount, linkTargetsOfCase } from '../../../lib/db/panelReads';
import { currentSummaryMatcher } from '../../../lib/db/trackedSites';
import { t } from '../../../lib/i18n';
import { contactChannelLabels, providerName } from '../../../lib/labels';

/** Every record of a case proof can be linked to. */
export function linkOptionsOf(caseId: string): Promise<LinkOptions> {
  return optionsOf(linkTargetsOfCase(caseId));
}

/** The choices of one piece's link editor: every account, and the steps, devices and contacts of the one chosen. */
export function linkOptionsOfAccount(caseId: string, accountId: string): Promise<LinkOptions> {
  return optionsOf(linkTargetsOfAccount(caseId, accountId));
}

/** Enough to say what these pieces of proof are linked to (linkSummary): only the records they name. */
export function linkOptionsNamed(caseId: string, links: Parameters<typeof linkTargetsNamed>[1]): Promise<LinkOptions> {
  return optionsOf(linkTargetsNamed(caseId, links));
}

async function optionsOf(read: Promise<LinkTargets>): Promise<LinkOptions> {
  const [{ accounts, steps: tasks, devices, contacts }, matcher] = await Promise.all([read, currentSummaryMatcher()]);
  return {
    accounts: accounts.map((a) => ({
      id: a.id,
      label: `${providerName(matcher, a.providerId)}${a.accountNumber ? ` (${a.accountNumber})` : ''}`,
    })),
    tasks: tasks.sort((a, b) => a.order - b.order).map((task) => ({ id: task.id, label: shownTitle(task), accountId: task.accountId })),
    devices: devices.map((v) => ({ id: v.id, label: v.serial ? `${v.label} (${v.serial})` : v.label, accountId: v.accountId })),
    contacts: contacts
      .sort((a, b) => b.at.localeCompare(a.at))
      .map((c) => ({
        id: c.id,
        label: t(c.representative ? 'account.linkContactOptionWith' : 'account.linkContactOption', {
          channel: contactChannelLabels[c.channel],
          date: formatDate(c.at.slice(0, 10)),
          name: c.representative ?? '',
        }),
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
    find(options.tasks, item.taskId) && t('account.linkedStep', { title: find(options.tasks, item.taskId)! }),
    find(options.devices, item.deviceId) && t('account.linkedDevice', { label: find(options.devices, item.deviceId)! }),
    find(options.contacts, item.contactId),
  ].filter(Boolean);
  return parts.length ? t('account.linkedTo', { list: parts.join(', ') }) : t('account.notLinkedYet');
}
