/**
 * Static printable pages (the bundle's report, a complaint packet, a letter): text
 * escaped, no scripts (their policy forbids any), page numbers and a footer on paper.
 */
import { language, t } from './i18n';
import { withoutBidiControls } from './model';

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

/** Text as a CSS string (for the printed footer): every character but plain letters, digits and spaces as a hex escape, so nothing ends the string or the style. */
export function cssString(value: string): string {
  const safe = withoutBidiControls(value).replace(/[^A-Za-z0-9 ]/gu, (c) => `\\${c.codePointAt(0)!.toString(16)} `);
  return `"${safe}"`;
}

/** A SHA-256 as eight groups of eight: it wraps between groups only, never over more than eight lines. */
export function checksumHtml(hex: string): string {
  const groups = hex.match(/.{1,8}/g) ?? [];
  return `<code class="sum">${groups.map((g) => `<span>${escapeHtml(g)}</span>`).join(' ')}</code>`;
}

const baseCss = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2a30;max-width:60rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin:0 0 .4rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:2px solid #2f5d62}h3{font-size:1.05rem;margin:1.2rem 0 .4rem}
table{border-collapse:collapse;width:100%;margin:.4rem 0 1rem}th,td{border:1px solid #c9d0d4;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#eef2f3}.alert{background:#fde8e6;-webkit-print-color-adjust:exact;print-color-adjust:exact}.alert td:first-child{border-left:4px solid #b3261e}
.flag{color:#b3261e;font-weight:700}.ok{color:#2e7d32}.muted{color:#5b6770}
code.sum{font:.8rem/1.3 ui-monospace,Menlo,Consolas,monospace}code.sum span{white-space:nowrap}
.pre{white-space:pre-wrap}.totals{display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;padding:0;list-style:none}
@media print{
body{margin:0;max-width:none;font-size:11pt}a{color:inherit;text-decoration:none}h2,h3{break-after:avoid}tr,li{break-inside:avoid}
.new-page{break-before:page}.screen-footer{display:none}
}`;

/**
 * A whole static page. `footer` is printed at the bottom of every sheet with the
 * page number ("Page 2 of 5"); on screen it shows once at the end.
 */
/** "Page 2 of 5" as a print style writes it, in the language t() speaks: "Page " counter(page) " of " counter(pages). */
function pageNumbersCss(): string {
  const [before = '', middle = '', after = ''] = t('report.pageOf', { page: '\ue000', pages: '\ue001' }).split(/[\ue000\ue001]/);
  return `${cssString(before)} counter(page) ${cssString(middle)} counter(pages) ${cssString(after)}`.replace(/ ""$/, '');
}

export function printablePage(opts: { title: string; footer: string; body: string; css?: string }): string {
  const pageCss = `@page{size:auto;margin:18mm 16mm 20mm;@bottom-left{content:${cssString(opts.footer)};font:9pt system-ui,sans-serif;color:#5b6770}@bottom-right{content:${pageNumbersCss()};font:9pt system-ui,sans-serif;color:#5b6770}}`;
  return `<!doctype html>
<html lang="${language()}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(opts.title)}</title><style>${baseCss}${opts.css ?? ''}${pageCss}</style></head>
<body>
${opts.body}
<p class="muted screen-footer">${escapeHtml(opts.footer)}</p>
</body></html>
`;
}
