import { t } from '../lib/i18n';

/** A passphrase field that can show what is typed (typing a long passphrase blind is hard). Field gives it its id and aria. */
export function PassphraseInput(props: {
  show: boolean;
  value: string;
  onValue: (value: string) => void;
  /** new-password: the browser may offer to make one up; current-password: the lock's own; off: a passphrase someone was told. */
  autocomplete: 'new-password' | 'current-password' | 'off';
  name?: string;
  id?: string;
  'aria-invalid'?: 'true';
  'aria-describedby'?: string;
}) {
  const { show, value, onValue, ...rest } = props;
  const common = { ...rest, value, spellcheck: false, onInput: (e: { currentTarget: HTMLInputElement }) => onValue(e.currentTarget.value) };
  return show ? <input type="text" {...common} /> : <input type="password" {...common} />;
}

/** The "Show what I type" box beside one or more passphrase fields. */
export function ShowWhatIType(props: { show: boolean; onShow: (show: boolean) => void }) {
  return (
    <label class="check">
      <input type="checkbox" checked={props.show} onChange={(e) => props.onShow(e.currentTarget.checked)} />
      {t('copies.showWhatIType')}
    </label>
  );
}
