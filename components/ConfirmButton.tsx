import { useState } from 'preact/hooks';
import { t } from '../lib/i18n';

/** A delete button that asks first, inline (no browser dialog), and is usable by keyboard. */
export function ConfirmButton(props: { label: string; question: string; confirmLabel?: string; onConfirm: () => void }) {
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button type="button" class="link danger" onClick={() => setAsking(true)}>
        {props.label}
      </button>
    );
  return (
    // biome-ignore lint/a11y/useSemanticElements: an inline question inside a row of text; a fieldset would break the line
    <span class="confirm" role="group" aria-label={props.question}>
      <span>{props.question}</span>{' '}
      <button
        type="button"
        class="danger"
        ref={(el) => el?.focus()}
        onClick={() => {
          setAsking(false);
          props.onConfirm();
        }}
      >
        {props.confirmLabel ?? t('panel.yesDelete')}
      </button>{' '}
      <button type="button" onClick={() => setAsking(false)}>
        {t('panel.noKeepIt')}
      </button>
    </span>
  );
}
