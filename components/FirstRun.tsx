import { t } from '../lib/i18n';
import { CaseForm, type CaseFormValues } from './CaseForm';

/**
 * Before the first estate: what this is, said once and short enough to leave the form
 * in view, then the form about the person who died.
 */
export function FirstRun(props: { errors: Record<string, string>; onSubmit: (values: CaseFormValues) => void }) {
  return (
    <section aria-labelledby="first-run" class="first-run">
      <h2 id="first-run">{t('panel.firstRunHeading')}</h2>
      <div class="welcome">
        <p>{t('panel.welcome')}</p>
      </div>
      <CaseForm submitLabel={t('panel.start')} errors={props.errors} onSubmit={props.onSubmit} />
    </section>
  );
}
