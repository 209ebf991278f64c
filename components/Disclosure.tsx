import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

/**
 * A <details> whose content is rendered only once opened: a checklist of hundreds
 * of steps stays light, and the native element keeps keyboard and screen-reader use.
 */
export function Disclosure(props: { summary: ComponentChildren; class?: string; children: () => ComponentChildren }) {
  const [open, setOpen] = useState(false);
  return (
    <details class={props.class} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{props.summary}</summary>
      {open && props.children()}
    </details>
  );
}
