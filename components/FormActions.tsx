import { t } from '../lib/i18n';

/** The submit and cancel buttons at the foot of an add form. */
export function FormActions(props: { submitLabel: string; onCancel: () => void }) {
  return (
    <div class="row">
      <button type="submit" class="primary">
        {props.submitLabel}
      </button>
      <button type="button" onClick={props.onCancel}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
