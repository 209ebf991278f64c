import type { ComponentChildren, Ref } from 'preact';
import { useRef } from 'preact/hooks';
import type { SectionFold } from '../lib/derived/sections';

/**
 * A section of the account screen that folds: its heading and one line (what needs
 * doing first, or what it holds) always show; the rest opens and closes like any
 * disclosure. Whether it is open comes from the view (`open`); a click on the heading
 * is reported (`onToggle`), and so is the browser opening it (find in page).
 */
export function FoldSection(props: {
  heading: string;
  fold: SectionFold;
  open: boolean;
  onToggle: (open: boolean) => void;
  sectionRef?: Ref<HTMLElement>;
  children: ComponentChildren;
}) {
  // The state last drawn: a toggle event that matches it is the view's own change, not the user's.
  const drawn = useRef(props.open);
  drawn.current = props.open;
  return (
    <section ref={props.sectionRef} aria-label={props.heading} class="fold">
      <details
        open={props.open}
        onToggle={(e) => {
          const open = (e.currentTarget as HTMLDetailsElement).open;
          if (open !== drawn.current) props.onToggle(open);
        }}
      >
        <summary>
          <h4>{props.heading}</h4>
          <span class={`fold-line ${props.fold.tone}`} data-testid="fold-line">
            {props.fold.line}
          </span>
        </summary>
        <div class="fold-body">{props.children}</div>
      </details>
    </section>
  );
}
