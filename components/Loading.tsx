import { t } from '../lib/i18n';
import { reasonOf } from '../lib/vault/errors';

/** What a view shows while its data loads, or when it could not be read. */
export function Loading(props: { error?: Error; what?: string }) {
  if (props.error)
    return (
      <p class="error" role="alert">
        {t('panel.couldNotRead', { what: props.what ?? t('panel.yourSavedData'), reason: reasonOf(props.error) })}
      </p>
    );
  return (
    <p aria-busy="true" class="muted">
      {t('panel.loading')}
    </p>
  );
}
