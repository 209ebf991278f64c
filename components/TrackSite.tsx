import { useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { categoryLabels } from '../lib/labels';
import { type Category, categories } from '../lib/model';
import { Field } from './Field';

export interface TrackSiteValues {
  address: string;
  name: string;
  category: Category;
}

/**
 * "Track this site as a provider", for a site the registry does not know. The
 * submit is the user's click, which lets the container ask for that one site's
 * permission at that moment.
 */
export function TrackSite(props: {
  initialAddress?: string;
  errors: Record<string, string>;
  /** A message about the whole form (permission refused, saving failed). */
  message?: string;
  onSubmit: (values: TrackSiteValues) => void;
}) {
  const [open, setOpen] = useState(Object.keys(props.errors).length > 0);
  const [values, setValues] = useState<TrackSiteValues>({ address: props.initialAddress ?? '', name: '', category: 'cable_internet' });
  const set = (key: keyof TrackSiteValues) => (e: Event) => setValues({ ...values, [key]: (e.currentTarget as HTMLInputElement).value });

  return (
    <section class="track-site" aria-labelledby="track-site-title">
      <h2 id="track-site-title">{t('here.trackTitle')}</h2>
      {!open ? (
        <>
          <p class="muted">{t('here.trackIntro')}</p>
          <button type="button" onClick={() => setOpen(true)}>
            {t('here.trackOpen')}
          </button>
        </>
      ) : (
        <form
          class="stack"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            props.onSubmit(values);
          }}
        >
          <Field label={t('here.trackAddress')} hint={t('here.trackAddressHint')} error={props.errors.address}>
            <input type="text" inputMode="url" autoComplete="off" value={values.address} onInput={set('address')} />
          </Field>
          <Field label={t('here.trackName')} error={props.errors.name}>
            <input type="text" value={values.name} onInput={set('name')} />
          </Field>
          <Field label={t('here.trackCategory')} error={props.errors.category}>
            <select value={values.category} onChange={set('category')}>
              {categories.map((c) => (
                <option key={c} value={c}>
                  {categoryLabels[c]}
                </option>
              ))}
            </select>
          </Field>
          {props.message && (
            <p class="error" role="alert">
              {props.message}
            </p>
          )}
          <p class="muted">{t('here.trackPermission')}</p>
          <button type="submit" class="primary">
            {t('here.trackSubmit')}
          </button>
        </form>
      )}
    </section>
  );
}
