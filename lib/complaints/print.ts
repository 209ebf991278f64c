/**
 * The printable pages of a packet and of a letter: static text, escaped, with a
 * footer naming the case and the day printed on every sheet. Written in the language
 * t() speaks: the packet's or letter's own (inLanguage()).
 */
import { formatDay } from '../dates';
import { checksumHtml, escapeHtml as h, printablePage } from '../html';
import { t } from '../i18n';
import type { Packet } from './packet';

export interface PrintMeta {
  deceasedName: string;
  /** The user's calendar day. */
  today: string;
  /** The path of each attachment in the bundle, when the page goes inside one. */
  pathOf?: (blobId: string) => string | undefined;
}

const footerOf = (meta: PrintMeta, what: string) =>
  t('complaints.printFooter', { what, deceased: meta.deceasedName, date: formatDay(meta.today) });

export function packetHtml(p: Packet, meta: PrintMeta): string {
  const fields = p.fields
    .map(
      (f) => `<h3>${h(f.label)}</h3>
${f.hint ? `<p class="muted">${h(f.hint)}</p>` : ''}
${f.value.trim() ? `<p class="pre">${h(f.value)}</p>` : `<p class="muted">${h(t('complaints.printToFill'))}</p>`}`,
    )
    .join('\n');
  const attachments = p.attachments.length
    ? `<table><thead><tr><th>${h(t('complaints.printFile'))}</th><th>SHA-256</th></tr></thead><tbody>${p.attachments
        .map((a) => {
          const path = meta.pathOf?.(a.file.blobId);
          return `<tr><td>${h(a.title)}<br><span class="muted">${h(path ?? a.file.name)}</span></td><td>${checksumHtml(a.file.sha256)}</td></tr>`;
        })
        .join('')}</tbody></table>`
    : `<p class="muted">${h(t('complaints.printNoFiles'))}</p>`;
  const leftOut = p.leftOut.length
    ? `<h2>${h(t('complaints.printLeftOut'))}</h2><ul>${p.leftOut.map((l) => `<li>${h(l.title)}: ${h(l.why)}</li>`).join('')}</ul>${p.form.forbidsWhy ? `<p>${h(p.form.forbidsWhy)}</p>` : ''}`
    : '';
  const sources = `<h2>${h(t('complaints.sourcesHeading'))}</h2><ul>${p.form.sources
    .map((s) => `<li>${h(s.url)} ${h(t('complaints.readQuote', { date: formatDay(s.checked), quote: s.quote }))}</li>`)
    .join('')}</ul>`;
  const body = `<header><h1>${h(p.form.name)}</h1>
<p>${h(t('complaints.printPreparedFor', { body: p.form.body }))} ${p.form.fileAt ? `${h(t('complaints.printFileAt', { url: p.form.fileAt }))} ` : ''}${h(t('complaints.printNothingSent'))}</p>
${p.form.afterFiling ? `<p>${h(p.form.afterFiling)}</p>` : ''}</header>
${fields}
<h2>${h(t('complaints.printAttachments'))}</h2>
${attachments}
${leftOut}
${sources}`;
  return printablePage({ title: `${p.form.name}: ${meta.deceasedName}`, footer: footerOf(meta, p.form.name), body });
}

export function letterHtml(letter: { title: string; text: string }, meta: PrintMeta): string {
  const body = letter.text
    .split(/\n{2,}/)
    .map((para) => `<p class="pre">${h(para)}</p>`)
    .join('\n');
  return printablePage({
    title: letter.title,
    footer: footerOf(meta, t('letters.footer')),
    body: `<article class="letter">${body}</article>`,
    css: '.letter{max-width:42rem;font-size:16px}.letter p{margin:0 0 1em}@media print{.letter{font-size:12pt}}',
  });
}
