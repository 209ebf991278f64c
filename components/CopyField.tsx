import { useId, useState } from 'preact/hooks';
import { t } from '../lib/i18n';

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
        placeholder={props.missingNote ?? t('panel.notRecorded')}
        onInput={(e) => {
          setCopied(null);
          props.onChange(e.currentTarget.value);
        }}
      />
      <div class="row">
        <button
          type="button"
          disabled={!props.value.trim()}
          aria-label={t('panel.copyLabel', { label: props.label })}
          onClick={async () => setCopied((await props.onCopy(props.value)) ? 'yes' : 'no')}
        >
          {t('panel.copy')}
        </button>
        <span role="status" class="muted">
          {copied === 'yes' ? t('panel.copied') : copied === 'no' ? t('panel.couldNotCopy') : ''}
        </span>
      </div>
    </div>
  );
}
