/**
 * report.html: the bundle read by a person, in any browser, without the extension.
 * Self-contained and printable, no scripts (its CSP forbids them anyway). Every
 * piece of text is escaped: much of it comes from provider pages.
 */

import { accountStatus, countStates, orderTasks, statusLabels } from '../derived/accountStatus';
import { factsByAccount, progressTasks } from '../derived/progress';
import { isOutstanding as isUnreturned, promiseStatus } from '../derived/states';
import {
  contactChannelLabels,
  deviceStateLabels,
  documentKindLabels,
  fileRoleLabels,
  intentLabels,
  sendChannelLabels,
  userRoleLabels,
} from '../labels';
import { type Account, type Contact, type PromiseMade, withoutBidiControls } from '../model';
import type { BundleCase } from './schema';

/**
 * Text as HTML text: markup escaped, and bidirectional control characters dropped
 * (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C: `REF\u202E4321` would read
 * "REF1234"), also from records stored before the model removed them.
 */
export function escapeHtml(value: unknown): string {
  return withoutBidiControls(String(value ?? '')).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

const h = escapeHtml;

export interface ReportInput {
  bundle: BundleCase;
  /** SHA-256 of each evidence file by its path in the bag. */
  sha256: ReadonlyMap<string, string>;
  providerName: (providerId: string) => string;
  /** The user's calendar day, for broken promises. */
  today: string;
}

const css = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2a30;max-width:60rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin:0}h2{font-size:1.25rem;margin-top:2rem;border-bottom:2px solid #2f5d62}h3{font-size:1.05rem;margin:1.2rem 0 .4rem}
table{border-collapse:collapse;width:100%;margin:.4rem 0 1rem}th,td{border:1px solid #c9d0d4;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#eef2f3}.alert{background:#fde8e6}.alert td:first-child{border-left:4px solid #b3261e}
.flag{color:#b3261e;font-weight:700}.ok{color:#2e7d32}.muted{color:#5b6770}code{font-size:.8rem;word-break:break-all}
.summary{border:2px solid #b3261e;padding:.6rem 1rem;border-radius:6px}.summary.clear{border-color:#2e7d32}
@media print{body{margin:0;max-width:none}a{color:inherit}h2{break-after:avoid}tr{break-inside:avoid}}`;

function row(cells: string[], alert = false): string {
  return `<tr${alert ? ' class="alert"' : ''}>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
}

function table(head: string[], rows: string[]): string {
  if (rows.length === 0) return '<p class="muted">None recorded.</p>';
  return `<table><thead><tr>${head.map((x) => `<th>${h(x)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function when(iso: string): string {
  return iso.length > 10 ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : iso;
}

export function renderReport({ bundle: b, sha256, providerName, today }: ReportInput): string {
  const accountName = (a: Account | undefined) =>
    a ? `${providerName(a.providerId)}${a.accountNumber ? ` (account ${a.accountNumber})` : ''}` : 'The case';
  const accountById = new Map(b.accounts.map((a) => [a.id, a]));
  const broken = b.promises.filter((p) => promiseStatus(p, today) === 'broken');
  const unreturned = b.devices.filter(isUnreturned);
  const pathOf = new Map(b.files.map((f) => [f.blobId, f.path]));
  const promisesOf = (c: Contact) => b.promises.filter((p) => p.contactId === c.id);
  const intents = intentLabels(b.case.survivorName);

  const promiseText = (p: PromiseMade) => {
    const status = promiseStatus(p, today);
    const label =
      status === 'broken'
        ? '<span class="flag">BROKEN</span>'
        : status === 'kept'
          ? `<span class="ok">kept${p.resolvedOn ? ` ${h(p.resolvedOn)}` : ''}</span>`
          : 'open';
    return `Promised: ${h(p.what)} by ${h(p.dueDate)} (${label})`;
  };

  // One timeline of everything that happened, oldest first.
  type Event = { at: string; account?: string; what: string; detail: string; alert: boolean };
  const events: Event[] = [
    ...b.contacts.map((c) => {
      const ps = promisesOf(c);
      const detail = [
        c.department && `Department: ${h(c.department)}`,
        `Representative: ${c.representative ? h(c.representative) : '<span class="muted">not recorded</span>'}`,
        c.referenceNumber && `Reference number: <strong>${h(c.referenceNumber)}</strong>`,
        c.holdMinutes !== undefined && `On hold ${h(c.holdMinutes)} min`,
        c.summary && h(c.summary),
        ...ps.map(promiseText),
      ].filter(Boolean);
      return {
        at: c.at,
        account: c.accountId,
        what: contactChannelLabels[c.channel],
        detail: detail.join('<br>'),
        alert: ps.some((p) => promiseStatus(p, today) === 'broken'),
      };
    }),
    ...b.documentsSent.map((d) => ({
      at: d.sentOn,
      account: d.accountId,
      what: 'Document sent',
      detail: [
        `${h(d.documentLabel || documentKindLabels[d.document])} to ${h(d.recipient)} (${h(sendChannelLabels[d.channel])})`,
        d.address && `At: ${h(d.address)}`,
        d.tracking && `Tracking: ${h(d.tracking)}`,
        d.acknowledgedOn
          ? `Acknowledged ${h(d.acknowledgedOn)}${d.acknowledgment ? `: ${h(d.acknowledgment)}` : ''}`
          : '<span class="muted">No acknowledgment recorded</span>',
      ]
        .filter(Boolean)
        .join('<br>'),
      alert: false,
    })),
    ...b.devices
      .filter((d) => d.returnedOn)
      .map((d) => ({
        at: d.returnedOn!,
        account: d.accountId,
        what: 'Device returned',
        detail: `${h(d.label)}${d.receipt ? `, receipt ${h(d.receipt)}` : ''}`,
        alert: false,
      })),
    ...b.evidence.map((e) => ({
      at: e.capturedAt,
      account: e.accountId,
      what: e.kind === 'page_capture' ? 'Page captured' : 'Document stored',
      detail: `${h(e.title)}${e.files.map((f) => (pathOf.has(f.blobId) ? ` <a href="${h(pathOf.get(f.blobId)!.slice('data/'.length))}">${h(fileRoleLabels[f.role])}</a>` : '')).join('')}`,
      alert: false,
    })),
  ].sort((x, y) => x.at.localeCompare(y.at));

  // The steps as the panel shows them: ticked by the records that prove them.
  const factsOf = factsByAccount({ contacts: b.contacts, documents: b.documentsSent, devices: b.devices, evidence: b.evidence });
  const accountsHtml = b.accounts
    .map((a) => {
      const tasks = orderTasks(
        progressTasks(
          b.tasks.filter((t) => t.accountId === a.id),
          factsOf(a.id),
        ),
      );
      const open = tasks.filter((t) => t.state === 'todo' || t.state === 'waiting');
      const devices = b.devices.filter((d) => d.accountId === a.id);
      return `<section><h3>${h(accountName(a))}</h3>
<p>Intent: ${h(intents[a.intent])}. Status: <strong>${h(statusLabels[accountStatus(countStates(tasks))])}</strong>.${a.nameOnAccount ? ` Name on the account: ${h(a.nameOnAccount)}.` : ''}${a.serviceAddress ? ` Service address: ${h(a.serviceAddress)}.` : ''}${a.disconnectDate ? ` Disconnect date: ${h(a.disconnectDate)}.` : ''}</p>
${a.notes ? `<p>${h(a.notes)}</p>` : ''}
<p><strong>Open items (${open.length})</strong></p>
${open.length ? `<ul>${open.map((t) => `<li>${h(t.title)}${t.state === 'waiting' ? ' (waiting on the provider)' : ''}${t.dueDate ? `, due ${h(t.dueDate)}` : ''}</li>`).join('')}</ul>` : '<p class="muted">Nothing open.</p>'}
<p><strong>Equipment</strong></p>
${table(
  ['Device', 'Serial', 'State', 'Returned', 'Receipt or tracking'],
  devices.map((d) =>
    row(
      [
        h(d.label),
        h(d.serial),
        isUnreturned(d) ? `<span class="flag">${h(deviceStateLabels[d.state])}</span>` : h(deviceStateLabels[d.state]),
        h(d.returnedOn),
        h(d.receipt),
      ],
      isUnreturned(d),
    ),
  ),
)}</section>`;
    })
    .join('\n');

  const evidenceRows = b.evidence.flatMap((e) =>
    e.files
      .filter((f) => pathOf.has(f.blobId))
      .map((f) => {
        const path = pathOf.get(f.blobId)!;
        const hash = sha256.get(path) ?? '';
        return row([
          `${h(e.title)}<br><span class="muted">${h(accountName(e.accountId ? accountById.get(e.accountId) : undefined))}, ${h(when(e.capturedAt))}${e.url ? `<br>${h(e.url)}` : ''}</span>`,
          `<a href="${h(path.slice('data/'.length))}">${h(path)}</a>`,
          `<code>${h(hash)}</code>${hash && hash !== f.sha256 ? '<br><span class="flag">Differs from the checksum taken when it was saved</span>' : ''}`,
        ]);
      }),
  );

  const problems = [
    broken.length
      ? `<li><span class="flag">${broken.length} broken promise${broken.length > 1 ? 's' : ''}</span>: ${broken.map((p) => `${h(p.what)} (due ${h(p.dueDate)}, ${h(accountName(accountById.get(p.accountId)))})`).join('; ')}</li>`
      : '',
    unreturned.length
      ? `<li><span class="flag">${unreturned.length} device${unreturned.length > 1 ? 's' : ''} not returned</span>: ${unreturned.map((d) => `${h(d.label)} (${h(accountName(accountById.get(d.accountId)))})`).join('; ')}</li>`
      : '',
  ].join('');

  const c = b.case;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(`Accounts of ${c.deceasedName}: record`)}</title><style>${css}</style></head>
<body>
<header><h1>Accounts of ${h(c.deceasedName)}</h1>
<p>Died ${h(c.dateOfDeath)}. Record kept by: ${h(userRoleLabels[c.userRole])}${c.survivorName ? ` (${h(c.survivorName)})` : ''}. Record as of ${h(when(b.asOf))}.${b.scope.kind === 'account' ? ` This record covers one account: ${h(accountName(accountById.get(b.scope.accountId)))}.` : ''}</p>
<p class="muted">${b.accountNumbers === 'last4' ? 'Account numbers show their last four digits only. ' : ''}${b.sensitiveIncluded ? '' : 'Documents marked sensitive are left out. '}Each file below is listed with its SHA-256 checksum; the manifests beside this folder let anyone check that nothing was changed (for example: sha256sum -c manifest-sha256.txt).</p></header>
<section class="summary${problems ? '' : ' clear'}"><h2>What needs attention</h2>${problems ? `<ul>${problems}</ul>` : '<p>No broken promises and no unreturned equipment recorded.</p>'}</section>
<h2>Accounts</h2>
${accountsHtml || '<p class="muted">No accounts.</p>'}
<h2>Timeline</h2>
${table(
  ['When', 'Account', 'What', 'Details'],
  events.map((e) => row([h(when(e.at)), h(accountName(e.account ? accountById.get(e.account) : undefined)), h(e.what), e.detail], e.alert)),
)}
<h2>Evidence</h2>
${table(['What', 'File', 'SHA-256'], evidenceRows)}
</body></html>
`;
}
