import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

/**
 * A <details> whose content is rendered only once opened: a checklist of hundreds
 * of steps stays light, and the native element keeps keyboard and screen-reader use.
 */
export function Disclosure(props: {
  summary: ComponentChildren;
  /** The summary's name when its words alone repeat on the screen ("Details" of which step). */
  label?: string;
  class?: string;
  /** Drawn even while folded (a record a reminder opens is in it, to be shown and focused). */
  drawn?: boolean;
  children: () => ComponentChildren;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details class={props.class} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary aria-label={props.label}>{props.summary}</summary>
      {(open || props.drawn) && props.children()}
    </details>
  );
}
