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
 *
 * Its language: the report inside a bundle is written in English unless the user
 * chooses otherwise, because it is the copy an executive office or a regulator in
 * the United States reads; the page the user reads and prints from the panel
 * (readableReport) follows the panel's language.
 */

import {
  type AccountHistory,
  accountLabel,
  keeperInSentence,
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
import { inLanguage, type Language, type MessageKey, t } from '../i18n';
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
  /** The report's language (loaded): English unless chosen, so the regulator who reads a bundle can. */
  language?: Language;
}

function row(cells: string[], alert = false): string {
  return `<tr${alert ? ' class="alert"' : ''}>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
}

function table(head: string[], rows: string[]): string {
  if (rows.length === 0) return `<p class="muted">${h(t('report.noneRecorded'))}</p>`;
  return `<table><thead><tr>${head.map((x) => `<th>${h(x)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** "Times are local times in New York (America/New_York)." */
function zoneInWords(timeZone: string): string {
  const city = timeZone.split('/').at(-1)!.replace(/_/g, ' ');
  return timeZone === 'UTC' ? t('report.timesUtc') : t('report.timesLocal', { city, zone: timeZone.replace(/_/g, ' ') });
}

/** The column headings of a table, in the language shown. */
const heads = (...keys: MessageKey[]) => keys.map((k) => t(k));

export function renderReport(input: ReportInput): string {
  return inLanguage(input.language ?? 'en', () => writeReport(input));
}

function writeReport({ bundle: b, sha256, providerName, today, timeZone }: ReportInput): string {
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
    a ? accountLabel({ account: a, providerName: providerName(a.providerId) }, b.accountNumbers) : t('report.wholeCase');
  const accountById = new Map(b.accounts.map((a) => [a.id, a]));
  const nameOf = (accountId: string | undefined) => accountName(accountId ? accountById.get(accountId) : undefined);
  const pathOf = new Map(b.files.map((f) => [f.blobId, f.path]));
  const intents = intentLabels(b.case.survivorName);
  // With one account, every row would repeat it: the column is left out.
  const several = b.accounts.length > 1;
  const withAccount = (head: string[]) => (several ? [t('report.columnAccount'), ...head] : head);
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
<p><strong>${h(intents[a.intent])}.</strong> ${h(
        [
          t('report.status', { status: statusLabels[accountStatus(countStates(tasks))] }),
          a.nameOnAccount && t('report.nameOnAccount', { name: a.nameOnAccount }),
          a.serviceAddress && t('report.serviceAddress', { address: a.serviceAddress }),
          a.disconnectDate && t('report.serviceEnds', { date: formatDay(a.disconnectDate) }),
        ]
          .filter(Boolean)
          .join(' '),
      )}</p>
<p>${h(summaryOf(history, when))}</p>
<ul class="totals">${totalsInWords(totalsOf(history, when))
        .map((t) => `<li>${h(t)}</li>`)
        .join('')}</ul>
<p><strong>${h(t('report.resolutionSought'))}</strong> ${a.resolutionSought ? h(a.resolutionSought) : `<span class="muted">${h(t('report.notStated'))}</span>`}</p>
${a.notes ? `<p class="muted">${h(t('report.notes', { notes: a.notes }))}</p>` : ''}</section>`;
    })
    .join('\n');

  // The whole case's one timeline: every account's records in the order they happened.
  const events = timelineOf(
    { contacts: b.contacts, promises: b.promises, documentsSent: b.documentsSent, devices: b.devices, escalations: b.escalations },
    when,
  );

  const devices = b.devices.map((d) =>
    row(
      [
        ...accountCell(d.accountId),
        `${h(d.label)}${d.serial ? `<br><span class="muted">${h(t('report.serial', { serial: d.serial }))}</span>` : ''}`,
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
      `${h(d.recipient)}<br><span class="muted">${h(sendChannelLabels[d.channel])}${d.address ? `, ${h(d.address)}` : ''}${d.tracking ? `, ${h(t('complaints.tracking', { number: d.tracking }))}` : ''}</span>`,
      h(formatDay(d.sentOn)),
      d.acknowledgedOn
        ? `${h(formatDay(d.acknowledgedOn))}${d.acknowledgment ? `<br>${h(d.acknowledgment)}` : ''}`
        : `<span class="flag">${h(t('report.noAcknowledgment'))}</span>`,
    ]),
  );

  const evidenceRows = b.evidence.flatMap((e) => {
    const what =
      e.kind === 'page_capture' ? t('report.pageSaved') : e.documentKind ? documentKindLabels[e.documentKind] : t('report.document');
    const described = (role: string) =>
      `${h(e.title)}<br><span class="muted">${h(what)}${role ? `, ${h(role)}` : ''}. ${h(nameOf(e.accountId))}. ${h(t('report.saved', { when: formatInZone(e.capturedAt, timeZone) }))}${e.url ? `<br>${h(e.url)}` : ''}</span>`;
    const inBag = e.files.filter((f) => pathOf.has(f.blobId));
    if (inBag.length === 0) return [row([described(''), `<span class="muted">${h(t('report.notIncluded'))}</span>`, ''])];
    return inBag.map((f) => {
      const path = pathOf.get(f.blobId)!;
      const hash = sha256.get(path) ?? '';
      return row([
        described(fileRoleLabels[f.role]),
        `<a href="${h(path.slice('data/'.length))}">${h(path.slice('data/'.length))}</a>`,
        `${checksumHtml(hash)}${hash && hash !== f.sha256 ? `<br><span class="flag">${h(t('report.differs'))}</span>` : ''}`,
      ]);
    });
  });

  const intro = [
    t('report.died', { deceased: c.deceasedName, date: formatDay(c.dateOfDeath) }),
    t('report.keptBy', { keeper: keeperInSentence(c) }),
    t('report.holds', { when: formatInZone(b.asOf, timeZone) }),
    b.scope.kind === 'account' && t('report.coversOne', { account: nameOf(b.scope.accountId) }),
  ];
  const notes = [
    zoneInWords(timeZone),
    b.accountNumbers === 'last4' && t('report.last4'),
    !b.sensitiveIncluded && t('report.sensitiveOut'),
    t('report.checksums'),
  ];
  const body = `<header><h1>${h(t('report.title', { deceased: c.deceasedName }))}</h1>
<p>${h(intro.filter(Boolean).join(' '))}</p>
<p class="muted">${h(notes.filter(Boolean).join(' '))}</p></header>
<h2>${h(t('report.byAccount'))}</h2>
${firstPage || `<p class="muted">${h(t('report.noAccounts'))}</p>`}
<h2 class="new-page">${h(t('report.timeline'))}</h2>
${table(
  [t('report.columnWhen'), ...withAccount([t('report.columnWhat')]), t('report.columnDetails')],
  events.map((e) => row([h(e.when), ...accountCell(e.accountId), h(e.what), h(e.detail)], e.alert)),
)}
<h2>${h(t('report.equipment'))}</h2>
${table(withAccount(heads('report.columnDevice', 'report.columnState', 'report.columnReturned', 'report.columnReceipt')), devices)}
<h2>${h(t('report.documentsSent'))}</h2>
${table(withAccount(heads('report.columnDocument', 'report.columnTo', 'report.columnSent', 'report.columnAcknowledged')), documents)}
<h2>${h(t('report.evidence'))}</h2>
${table(heads('report.columnWhat', 'report.columnFile', 'report.columnChecksum'), evidenceRows)}`;
  return printablePage({
    title: t('report.title', { deceased: c.deceasedName }),
    footer: t('report.footer', { deceased: c.deceasedName, date: formatDay(today) }),
    body,
    css: '.account{border-left:4px solid #2f5d62;padding-left:.8rem;margin-bottom:1.2rem}.totals li{font-weight:600}td:has(> code.sum){width:19em}',
  });
}
