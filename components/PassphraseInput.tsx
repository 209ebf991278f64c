/** A passphrase field that can show what is typed (typing a long passphrase blind is hard). Field gives it its id and aria. */
export function PassphraseInput(props: {
  show: boolean;
  value: string;
  onValue: (value: string) => void;
  /** new-password: the browser may offer to make one up; off: a passphrase someone was told. */
  autocomplete: 'new-password' | 'off';
  id?: string;
  'aria-invalid'?: 'true';
  'aria-describedby'?: string;
}) {
  const { show, value, onValue, ...rest } = props;
  const common = { ...rest, value, spellcheck: false, onInput: (e: { currentTarget: HTMLInputElement }) => onValue(e.currentTarget.value) };
  return show ? <input type="text" {...common} /> : <input type="password" {...common} />;
}
