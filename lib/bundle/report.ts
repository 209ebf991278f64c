/**
 * report.html: the bundle read by a person (an executive office, a regulator, the
 * family), in any browser, without the extension. Static and printable: no scripts
 * (its policy forbids them), every piece of text escaped (much of it comes from
 * provider pages), no internal codes. Times are the user's local times, the zone
 * named ("2:05 PM EST"); UTC stays in case.json.
 *
 * First, per account, what happened and what is outstanding, with the totals and
 * the resolution sought; then the timeline; then devices, documents and evidence,
 * each file with its SHA-256. Page numbers and a footer on every printed sheet.
 */

import {
  type AccountHistory,
  accountNumberText,
  keeperInWords,
  summaryOf,
  type TellingTime,
  timelineOf,
  totalsInWords,
  totalsOf,
} from '../complaints/history';
import { formatDay, formatInZone } from '../dates';
import { accountStatus, countStates, statusLabels } from '../derived/accountStatus';
import { factsByAccount, progressTasks } from '../derived/progress';
import { isOutstanding } from '../derived/states';
import { checksumHtml, escapeHtml, printablePage } from '../html';
import { deviceStateLabels, documentKindLabels, fileRoleLabels, intentLabels, sendChannelLabels } from '../labels';
import type { Account } from '../model';
import type { BundleCase } from './schema';

export { escapeHtml };

const h = escapeHtml;

export interface ReportInput {
  bundle: BundleCase;
  /** SHA-256 of each evidence file by its path in the bag. */
  sha256: ReadonlyMap<string, string>;
  providerName: (providerId: string) => string;
  /** The user's calendar day (broken promises; the day printed). */
  today: string;
  /** The user's time zone ("America/New_York"): every time is written in it. */
  timeZone: string;
}

function row(cells: string[], alert = false): string {
  return `<tr${alert ? ' class="alert"' : ''}>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
}

function table(head: string[], rows: string[]): string {
  if (rows.length === 0) return '<p class="muted">None recorded.</p>';
  return `<table><thead><tr>${head.map((x) => `<th>${h(x)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** "Times are local times in New York (America/New_York)." */
function zoneInWords(timeZone: string): string {
  const city = timeZone.split('/').at(-1)!.replace(/_/g, ' ');
  return timeZone === 'UTC' ? 'Times are in UTC.' : `Times are local times in ${city} (${timeZone.replace(/_/g, ' ')}).`;
}

export function renderReport({ bundle: b, sha256, providerName, today, timeZone }: ReportInput): string {
  const when: TellingTime = { today, timeZone };
  const histories = new Map<string, AccountHistory>(
    b.accounts.map((account) => [
      account.id,
      {
        account,
        providerName: providerName(account.providerId),
        contacts: b.contacts.filter((c) => c.accountId === account.id),
        promises: b.promises.filter((p) => p.accountId === account.id),
        documentsSent: b.documentsSent.filter((d) => d.accountId === account.id),
        devices: b.devices.filter((d) => d.accountId === account.id),
        evidence: b.evidence.filter((e) => e.accountId === account.id),
        escalations: b.escalations.filter((e) => e.accountId === account.id),
      },
    ]),
  );
  const accountName = (a: Account | undefined) =>
    a
      ? `${providerName(a.providerId)}${a.accountNumber ? `, account ${accountNumberText(a.accountNumber, b.accountNumbers)}` : ''}`
      : 'The case as a whole';
  const accountById = new Map(b.accounts.map((a) => [a.id, a]));
  const nameOf = (accountId: string | undefined) => accountName(accountId ? accountById.get(accountId) : undefined);
  const pathOf = new Map(b.files.map((f) => [f.blobId, f.path]));
  const intents = intentLabels(b.case.survivorName);
  // With one account, every row would repeat it: the column is left out.
  const several = b.accounts.length > 1;
  const withAccount = (head: string[]) => (several ? ['Account', ...head] : head);
  const accountCell = (accountId: string | undefined) => (several ? [h(nameOf(accountId))] : []);
  const c = b.case;

  const factsOf = factsByAccount({ contacts: b.contacts, documents: b.documentsSent, devices: b.devices, evidence: b.evidence });
  const firstPage = b.accounts
    .map((a) => {
      const history = histories.get(a.id)!;
      // The steps as the panel shows them: ticked by the records that prove them.
      const tasks = progressTasks(
        b.tasks.filter((t) => t.accountId === a.id),
        factsOf(a.id),
      );
      return `<section class="account"><h3>${h(accountName(a))}</h3>
<p><strong>${h(intents[a.intent])}.</strong> Status: ${h(statusLabels[accountStatus(countStates(tasks))])}.${a.nameOnAccount ? ` Name on the account: ${h(a.nameOnAccount)}.` : ''}${a.serviceAddress ? ` Service address: ${h(a.serviceAddress)}.` : ''}${a.disconnectDate ? ` Service to end on ${h(formatDay(a.disconnectDate))}.` : ''}</p>
<p>${h(summaryOf(history, when))}</p>
<ul class="totals">${totalsInWords(totalsOf(history, when))
        .map((t) => `<li>${h(t)}</li>`)
        .join('')}</ul>
<p><strong>Resolution sought:</strong> ${a.resolutionSought ? h(a.resolutionSought) : '<span class="muted">not stated yet</span>'}</p>
${a.notes ? `<p class="muted">Notes: ${h(a.notes)}</p>` : ''}</section>`;
    })
    .join('\n');

  const events = b.accounts
    .flatMap((a) => timelineOf(histories.get(a.id)!, when).map((e) => ({ ...e, accountId: a.id })))
    .sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0));

  const devices = b.devices.map((d) =>
    row(
      [
        ...accountCell(d.accountId),
        `${h(d.label)}${d.serial ? `<br><span class="muted">Serial ${h(d.serial)}</span>` : ''}`,
        isOutstanding(d) ? `<span class="flag">${h(deviceStateLabels[d.state])}</span>` : h(deviceStateLabels[d.state]),
        h(d.returnedOn ? formatDay(d.returnedOn) : ''),
        h(d.receipt),
      ],
      isOutstanding(d),
    ),
  );

  const documents = b.documentsSent.map((d) =>
    row([
      ...accountCell(d.accountId),
      h(d.documentLabel || documentKindLabels[d.document]),
      `${h(d.recipient)}<br><span class="muted">${h(sendChannelLabels[d.channel])}${d.address ? `, ${h(d.address)}` : ''}${d.tracking ? `, tracking ${h(d.tracking)}` : ''}</span>`,
      h(formatDay(d.sentOn)),
      d.acknowledgedOn
        ? `${h(formatDay(d.acknowledgedOn))}${d.acknowledgment ? `<br>${h(d.acknowledgment)}` : ''}`
        : '<span class="flag">No acknowledgment</span>',
    ]),
  );

  const evidenceRows = b.evidence.flatMap((e) => {
    const what =
      e.kind === 'page_capture' ? 'Page saved from the website' : e.documentKind ? documentKindLabels[e.documentKind] : 'Document';
    const described = (role: string) =>
      `${h(e.title)}<br><span class="muted">${h(what)}${role ? `, ${h(role)}` : ''}. ${h(nameOf(e.accountId))}. Saved ${h(formatInZone(e.capturedAt, timeZone))}.${e.url ? `<br>${h(e.url)}` : ''}</span>`;
    const inBag = e.files.filter((f) => pathOf.has(f.blobId));
    if (inBag.length === 0) return [row([described(''), '<span class="muted">Not included in this bundle</span>', ''])];
    return inBag.map((f) => {
      const path = pathOf.get(f.blobId)!;
      const hash = sha256.get(path) ?? '';
      return row([
        described(fileRoleLabels[f.role]),
        `<a href="${h(path.slice('data/'.length))}">${h(path.slice('data/'.length))}</a>`,
        `${checksumHtml(hash)}${hash && hash !== f.sha256 ? '<br><span class="flag">Differs from the checksum taken when it was saved</span>' : ''}`,
      ]);
    });
  });

  const body = `<header><h1>Record of the accounts of ${h(c.deceasedName)}</h1>
<p>${h(c.deceasedName)} died on ${h(formatDay(c.dateOfDeath))}. This record is kept by ${h(keeperInWords(c).replace(/^(A|The) /, (m) => m.toLowerCase()))}. It holds everything recorded up to ${h(formatInZone(b.asOf, timeZone))}.${b.scope.kind === 'account' ? ` It covers one account: ${h(nameOf(b.scope.accountId))}.` : ''}</p>
<p class="muted">${h(zoneInWords(timeZone))} ${b.accountNumbers === 'last4' ? 'Account numbers show their last four digits only. ' : ''}${b.sensitiveIncluded ? '' : 'Documents marked sensitive are left out. '}Each file is listed with its SHA-256 checksum; the manifests beside this folder let anyone check that nothing was changed (for example: sha256sum -c manifest-sha256.txt).</p></header>
<h2>What happened, account by account</h2>
${firstPage || '<p class="muted">No accounts.</p>'}
<h2 class="new-page">Timeline</h2>
${table(
  ['When', ...withAccount(['What']), 'Details'],
  events.map((e) => row([h(e.when), ...accountCell(e.accountId), h(e.what), h(e.detail)], e.alert)),
)}
<h2>Equipment</h2>
${table(withAccount(['Device', 'State', 'Returned', 'Receipt or tracking']), devices)}
<h2>Documents sent</h2>
${table(withAccount(['Document', 'To', 'Sent', 'Acknowledged']), documents)}
<h2>Evidence</h2>
${table(['What', 'File', 'SHA-256 checksum'], evidenceRows)}`;
  return printablePage({
    title: `Record of the accounts of ${c.deceasedName}`,
    footer: `Accounts of ${c.deceasedName}. Printed ${formatDay(today)}.`,
    body,
    css: '.account{border-left:4px solid #2f5d62;padding-left:.8rem;margin-bottom:1.2rem}.totals li{font-weight:600}td:has(> code.sum){width:19em}',
  });
}
