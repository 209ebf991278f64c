import { useState } from 'preact/hooks';
import { type Category, categories } from '../lib/model';
import { Field } from './Field';

export const categoryNames: Record<Category, string> = {
  cable_internet: 'Cable or internet',
  wireless: 'Mobile phone',
  landline: 'Home phone',
  satellite_tv: 'Satellite TV',
  electric: 'Electricity',
  gas: 'Gas',
  water: 'Water',
  streaming: 'Streaming or subscription',
};

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
      <h2 id="track-site-title">A provider not in the list?</h2>
      {!open ? (
        <>
          <p class="muted">
            If this site belongs to a provider of the estate, you can track it: the extension will then recognize it like the others.
          </p>
          <button type="button" onClick={() => setOpen(true)}>
            Track a site as a provider
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
          <Field label="Site address" hint="For example mycoop.com. Only this site is asked for." error={props.errors.address}>
            <input type="text" inputMode="url" autoComplete="off" value={values.address} onInput={set('address')} />
          </Field>
          <Field label="Provider name" error={props.errors.name}>
            <input type="text" value={values.name} onInput={set('name')} />
          </Field>
          <Field label="Kind of service" error={props.errors.category}>
            <select value={values.category} onChange={set('category')}>
              {categories.map((c) => (
                <option key={c} value={c}>
                  {categoryNames[c]}
                </option>
              ))}
            </select>
          </Field>
          {props.message && (
            <p class="error" role="alert">
              {props.message}
            </p>
          )}
          <p class="muted">Your browser will ask to let the extension read this one site.</p>
          <button type="submit" class="primary">
            Track this site
          </button>
        </form>
      )}
    </section>
  );
}
