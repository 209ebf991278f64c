import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDate } from '../lib/dates';
import { t } from '../lib/i18n';
import type { EstateCase } from '../lib/model';
import { CaseForm, type CaseFormValues } from './CaseForm';

/**
 * Whose estate this is; switching between estates. Editing and starting one for
 * another person are a step away (folded), not a main button on every screen.
 */
export function CaseBar(props: {
  current: EstateCase;
  cases: EstateCase[];
  errors: Record<string, string>;
  onSwitch: (caseId: string) => void;
  onEdit: (values: CaseFormValues) => Promise<boolean>;
  onCreate: (values: CaseFormValues) => Promise<boolean>;
  /** Just started or switched to: the estate's name takes the focus (what the action produced). */
  focusOnShow?: boolean;
}) {
  const [mode, setMode] = useState<'view' | 'edit' | 'new'>('view');
  const { current } = props;
  const name = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (props.focusOnShow) name.current?.focus();
  }, [props.focusOnShow, current.id]);
  const back = () => {
    setMode('view');
    requestAnimationFrame(() => name.current?.focus());
  };
  return (
    <section class="case-bar" aria-label={t('panel.theEstate')}>
      <div>
        <h2 class="estate-name" tabIndex={-1} ref={name}>
          {t('panel.estateOf', { name: current.deceasedName })}
        </h2>
        <div class="muted">{t('panel.died', { date: formatDate(current.dateOfDeath) })}</div>
      </div>
      {props.cases.length > 1 && mode === 'view' && (
        <label class="row">
          <span>{t('panel.workingOn')}</span>
          <select aria-label={t('panel.workingOn')} value={current.id} onChange={(e) => props.onSwitch(e.currentTarget.value)}>
            {props.cases.map((c) => (
              <option value={c.id}>{c.deceasedName}</option>
            ))}
          </select>
        </label>
      )}
      {mode === 'view' && (
        <details class="estate-more">
          <summary>{t('panel.changeDetails')}</summary>
          <div class="row">
            <button type="button" onClick={() => setMode('edit')}>
              {t('panel.editDetails')}
            </button>
            <button type="button" onClick={() => setMode('new')}>
              {t('panel.startForAnother')}
            </button>
          </div>
        </details>
      )}
      {mode === 'edit' && (
        <div class="card">
          <CaseForm
            initial={{
              ...current,
              survivorName: current.survivorName ?? '',
              userName: current.userName ?? '',
              userAddress: current.userAddress ?? '',
              userPhone: current.userPhone ?? '',
              userEmail: current.userEmail ?? '',
            }}
            submitLabel={t('panel.saveChanges')}
            errors={props.errors}
            onSubmit={async (values) => (await props.onEdit(values)) && back()}
          />
          <button type="button" onClick={back}>
            {t('common.cancel')}
          </button>
        </div>
      )}
      {mode === 'new' && (
        <div class="card">
          <h3>{t('panel.anotherEstate')}</h3>
          <CaseForm
            submitLabel={t('panel.startThisEstate')}
            errors={props.errors}
            onSubmit={async (values) => (await props.onCreate(values)) && back()}
          />
          <button type="button" onClick={back}>
            {t('common.cancel')}
          </button>
        </div>
      )}
    </section>
  );
}
