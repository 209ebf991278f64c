/**
 * Puts a static page made by lib/ (the report, a packet, a letter: escaped text, no
 * script) into this extension page: its body as parsed nodes, its style as an adopted
 * style sheet (the extension's policy allows no inline style or script), and nothing
 * active of it kept. Used by this page and by the report's.
 */
export function showStaticPage(html: string, into: HTMLElement, edit?: (doc: Document) => void): void {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const sheet = new CSSStyleSheet();
  sheet.replaceSync([...doc.querySelectorAll('style')].map((s) => s.textContent ?? '').join('\n'));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  for (const node of doc.querySelectorAll('script, iframe, object, embed, link, meta, base')) node.remove();
  edit?.(doc);
  if (doc.title) document.title = doc.title;
  into.replaceChildren(...doc.body.childNodes);
}
