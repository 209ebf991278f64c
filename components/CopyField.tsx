import { useId, useState } from 'preact/hooks';

/**
 * One field of a complaint form: its label, what the form says about it, the text
 * (editable, so the user can correct it before copying) and a Copy button that says
 * when it copied.
 */
export function CopyField(props: {
  label: string;
  hint?: string;
  value: string;
  missingNote?: string;
  onChange: (value: string) => void;
  onCopy: (text: string) => Promise<boolean>;
}) {
  const id = useId();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const rows = Math.min(14, Math.max(2, Math.ceil(props.value.length / 42) + (props.value.match(/\n/g)?.length ?? 0)));
  return (
    <div class="field copy-field">
      <label for={id}>{props.label}</label>
      {props.hint && (
        <small id={`${id}-hint`} class="hint">
          {props.hint}
        </small>
      )}
      <textarea
        id={id}
        rows={rows}
        value={props.value}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        placeholder={props.missingNote ?? 'Not recorded: type it here, or on the form'}
        onInput={(e) => {
          setCopied(null);
          props.onChange(e.currentTarget.value);
        }}
      />
      <div class="row">
        <button
          type="button"
          disabled={!props.value.trim()}
          aria-label={`Copy: ${props.label}`}
          onClick={async () => setCopied((await props.onCopy(props.value)) ? 'yes' : 'no')}
        >
          Copy
        </button>
        <span role="status" class="muted">
          {copied === 'yes'
            ? 'Copied. Paste it into the form.'
            : copied === 'no'
              ? 'Could not copy: select the text and press Ctrl+C.'
              : ''}
        </span>
      </div>
    </div>
  );
}
