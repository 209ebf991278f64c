/**
 * A self-contained copy of the page as the user sees it, made IN the page (the background runs
 * `snapshotPage` there through scripting.executeScript, so it must not use anything outside its
 * own body: no imports, no module constants). The copy is the page's DOM with:
 * - every script, frame, plugin, <base>, refresh and event handler removed, and a content policy
 *   that lets the saved file load nothing and run nothing when it is opened later;
 * - the page's style sheets (those the browser lets the page read) inlined as one <style>;
 * - its pictures inlined as data: addresses (drawn from what the page shows: nothing is fetched),
 *   while they fit in the size budget; a picture that cannot be read or does not fit keeps its
 *   description (alt) and is marked as not saved.
 * The copy is bounded: beyond `maxBytes`, it is made again without pictures, and beyond that it
 * is not made (the page's text and the picture of the screen still are). Works in Chrome and
 * Firefox alike: it is the proof Firefox can keep, where Chrome also keeps its MHTML archive.
 */

/**
 * The content policy written first in every copy's <head>: opened later from the disk, the copy
 * loads nothing and runs nothing. (Passed to snapshotPage as an argument: it runs in the page.)
 */
export const COPY_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:";

/**
 * Whether a file starts as snapshotPage writes every copy: the doctype, then <html>, <head>, the
 * charset and the content policy before anything else. A bundle's copy that does not is refused.
 */
export function startsAsPageCopy(head: string): boolean {
  // Attributes as outerHTML writes them; no event handler (on...) among them.
  const attributes = String.raw`(?:\s+(?![oO][nN])[^\s"'>=/]+(?:="[^"]*")?)*`;
  const policy = COPY_POLICY.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    `^<!DOCTYPE html>\\n<html${attributes}><head${attributes}><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${policy}">`,
  ).test(head);
}

export interface SnapshotLimits {
  /** The most the HTML copy may weigh, in UTF-16 code units of the string (about bytes for markup). */
  maxBytes: number;
  /** The most one picture may weigh to be inlined. */
  maxImageBytes: number;
  /** COPY_POLICY. */
  policy: string;
}

export interface PageSnapshot {
  title: string;
  /** document.body.innerText: the visible text as a person reads it. */
  text: string;
  /** The self-contained copy, or '' when even without pictures it exceeded maxBytes. */
  html: string;
  /** How many pictures are marked as not saved in the copy. */
  imagesLeftOut: number;
}

export async function snapshotPage(limits: SnapshotLimits): Promise<PageSnapshot> {
  const title = document.title;
  // biome-ignore lint/performance/useDomNodeTextContent: the visible text, as a person reads it, is what is kept
  const text = document.body?.innerText ?? '';

  const css: string[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    try {
      css.push(Array.from(sheet.cssRules, (rule) => rule.cssText).join('\n'));
    } catch {
      // Another site's style sheet the browser does not let the page read: left out.
    }
  }

  // Pictures are taken from what the page already shows (drawn on a canvas): nothing is fetched
  // again. The browser refuses this for another site's picture that does not allow it: left out.
  const liveImages = Array.from(document.images);
  const pictures = new Map<string, string>();
  let budget = limits.maxBytes;
  for (const img of liveImages) {
    const src = img.currentSrc || img.src;
    if (!src || pictures.has(src) || !img.complete || img.naturalWidth === 0) continue;
    try {
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      canvas.getContext('2d')?.drawImage(img, 0, 0);
      const photo = /\.jpe?g(\?|#|$)/i.test(src);
      const url = canvas.toDataURL(photo ? 'image/jpeg' : 'image/png', 0.9);
      if (url.length > limits.maxImageBytes || url.length > budget) continue;
      budget -= url.length;
      pictures.set(src, url);
    } catch {
      // A picture from another site that does not allow reading it.
    }
  }

  const copy = (withPictures: boolean) => {
    const root = document.documentElement.cloneNode(true) as HTMLElement;
    const images = Array.from(root.querySelectorAll('img'));
    let leftOut = 0;
    images.forEach((img, i) => {
      const live = liveImages[i];
      const src = live ? live.currentSrc || live.src : '';
      const inlined = withPictures ? pictures.get(src) : undefined;
      img.removeAttribute('srcset');
      img.removeAttribute('sizes');
      img.removeAttribute('loading');
      if (inlined) img.setAttribute('src', inlined);
      else {
        img.removeAttribute('src');
        img.setAttribute('data-not-saved', 'picture not saved');
        leftOut += 1;
      }
    });
    for (const el of Array.from(
      root.querySelectorAll(
        'script, noscript, style, link, iframe, frame, frameset, object, embed, applet, base, template, source, meta[http-equiv]',
      ),
    ))
      el.remove();
    for (const el of Array.from(root.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        const name = attr.name.toLowerCase();
        // As browsers read an address: spaces and control characters anywhere do not count.
        const url = Array.from(attr.value)
          .filter((c) => c.charCodeAt(0) > 0x20)
          .join('')
          .toLowerCase();
        if (name.startsWith('on') || url.startsWith('javascript:') || (name !== 'src' && url.startsWith('data:text/html')))
          el.removeAttribute(attr.name);
      }
      if (el instanceof HTMLInputElement && el.type.toLowerCase() === 'password') el.removeAttribute('value');
    }
    let head = root.querySelector('head');
    if (!head) {
      head = document.createElement('head');
      root.prepend(head);
    }
    for (const el of Array.from(head.querySelectorAll('meta[charset]'))) el.remove();
    const charset = document.createElement('meta');
    charset.setAttribute('charset', 'utf-8');
    const policy = document.createElement('meta');
    policy.setAttribute('http-equiv', 'Content-Security-Policy');
    policy.setAttribute('content', limits.policy);
    const style = document.createElement('style');
    // A style sheet's text can never close the <style> element early.
    style.textContent = css.join('\n').replace(/<\/style/gi, '<\\/style');
    head.prepend(charset, policy, style);
    return { html: `<!DOCTYPE html>\n${root.outerHTML}`, leftOut };
  };

  let made = copy(true);
  if (made.html.length > limits.maxBytes) made = copy(false);
  if (made.html.length > limits.maxBytes) return { title, text, html: '', imagesLeftOut: liveImages.length };
  return { title, text, html: made.html, imagesLeftOut: made.leftOut };
}
