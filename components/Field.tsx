import { type ComponentChildren, cloneElement, type VNode } from 'preact';
import { useId } from 'preact/hooks';

/** A labelled form field with its inline error, wired for screen readers. */
export function Field(props: { label: string; error?: string; hint?: string; children: VNode<Record<string, unknown>> }) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [props.hint ? hintId : '', props.error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={props.error ? 'field invalid' : 'field'}>
      <label for={id}>{props.label}</label>
      {props.hint && (
        <small id={hintId} class="hint">
          {props.hint}
        </small>
      )}
      {cloneElement(props.children, { id, 'aria-invalid': props.error ? 'true' : undefined, 'aria-describedby': describedBy })}
      {props.error && (
        <p id={errorId} class="error" role="alert">
          {props.error}
        </p>
      )}
    </div>
  );
}

export type { ComponentChildren };
