/**
 * The page around a static page made by lib/ (the report, a packet, a letter), shared by
 * the report's page and the print page: a bar, never printed, with a status line and a
 * Print button, above the page itself. The HTML files hold no words: the bar is made here,
 * once the page's language is known, so nothing shows in another language first.
 */
import './shell.css';
import { language } from '../../lib/i18n';

export interface PageShell {
  /** Says where things stand ("Making the report…", "Check the page, then print it…"). */
  say(text: string): void;
  /** Shows the Print button, focused. */
  ready(): void;
}

/** Builds the bar before `content`, in the language t() speaks now (load it first). */
export function pageShell(content: HTMLElement, words: { title: string; bar: string; print: string }): PageShell {
  document.documentElement.lang = language();
  document.title = words.title;
  const bar = document.createElement('section');
  bar.className = 'page-toolbar';
  bar.setAttribute('aria-label', words.bar);
  const state = document.createElement('p');
  state.setAttribute('role', 'status');
  const print = document.createElement('button');
  print.type = 'button';
  print.id = 'print';
  print.hidden = true;
  print.textContent = words.print;
  print.addEventListener('click', () => window.print());
  bar.append(state, print);
  document.querySelector('.page-toolbar')?.remove();
  content.before(bar);
  return {
    say: (text) => {
      state.textContent = text;
    },
    ready: () => {
      print.hidden = false;
      print.focus();
    },
  };
}
