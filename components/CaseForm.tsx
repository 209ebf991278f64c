import { useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { userRoleLabels } from '../lib/labels';
import { userRoles } from '../lib/model/codes';
import { Field } from './Field';

export interface CaseFormValues {
  deceasedName: string;
  dateOfDeath: string;
  userRole: (typeof userRoles)[number];
  survivorName: string;
  userName: string;
  userAddress: string;
  userPhone: string;
  userEmail: string;
}

export function CaseForm(props: {
  initial?: Partial<CaseFormValues>;
  submitLabel: string;
  errors: Record<string, string>;
  onSubmit: (values: CaseFormValues) => void;
}) {
  const [values, setValues] = useState<CaseFormValues>({
    deceasedName: '',
    dateOfDeath: '',
    userRole: 'executor',
    survivorName: '',
    userName: '',
    userAddress: '',
    userPhone: '',
    userEmail: '',
    ...props.initial,
  });
  // From the values as they are now, not as last drawn: fields filled one after another before
  // the form draws again (the panel's first screen handing over what was typed) each keep theirs.
  const set = (key: keyof CaseFormValues) => (e: Event) => {
    const value = (e.currentTarget as HTMLInputElement).value;
    setValues((current) => ({ ...current, [key]: value }));
  };
  return (
    <form
      class="stack"
      aria-label={t('panel.caseFormLabel')}
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit(values);
      }}
    >
      <Field label={t('panel.theirFullName')} error={props.errors.deceasedName}>
        <input name="deceasedName" value={values.deceasedName} onInput={set('deceasedName')} autoComplete="off" />
      </Field>
      <Field label={t('panel.dateOfDeath')} error={props.errors.dateOfDeath}>
        <input name="dateOfDeath" type="date" value={values.dateOfDeath} onInput={set('dateOfDeath')} />
      </Field>
      <Field label={t('panel.youAre')} error={props.errors.userRole}>
        <select name="userRole" value={values.userRole} onChange={set('userRole')}>
          {userRoles.map((r) => (
            <option value={r}>{userRoleLabels[r]}</option>
          ))}
        </select>
      </Field>
      {/* Optional, and folded: the form stays short enough to be seen whole in a small panel. */}
      <details class="more-fields" open={!!values.survivorName || !!props.errors.survivorName}>
        <summary>{t('panel.movingAnAccount')}</summary>
        <Field label={t('panel.survivorName')} error={props.errors.survivorName}>
          <input name="survivorName" value={values.survivorName} onInput={set('survivorName')} autoComplete="off" />
        </Field>
      </details>
      <details
        class="more-fields"
        open={['userName', 'userAddress', 'userPhone', 'userEmail'].some((k) => !!values[k as keyof CaseFormValues] || !!props.errors[k])}
      >
        <summary>{t('panel.yourDetails')}</summary>
        <fieldset class="stack">
          <legend>{t('panel.aboutYou')}</legend>
          <Field label={t('panel.yourName')} error={props.errors.userName}>
            <input name="userName" value={values.userName} onInput={set('userName')} autoComplete="name" />
          </Field>
          <Field label={t('panel.yourAddress')} error={props.errors.userAddress}>
            <input name="userAddress" value={values.userAddress} onInput={set('userAddress')} autoComplete="street-address" />
          </Field>
          <Field label={t('panel.yourPhone')} error={props.errors.userPhone}>
            <input name="userPhone" type="tel" value={values.userPhone} onInput={set('userPhone')} autoComplete="tel" />
          </Field>
          <Field label={t('panel.yourEmail')} error={props.errors.userEmail}>
            <input name="userEmail" type="email" value={values.userEmail} onInput={set('userEmail')} autoComplete="email" />
          </Field>
        </fieldset>
      </details>
      <button type="submit" class="primary">
        {props.submitLabel}
      </button>
    </form>
  );
}
