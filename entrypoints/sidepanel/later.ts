import { type ComponentType, h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Loading } from '../../components/Loading';

/** What loads a view's code. */
type Load<P> = () => Promise<ComponentType<P>>;

/** The views already loaded, by their loader. */
const loaded = new WeakMap<object, unknown>();

/**
 * A view whose code is loaded when it is first opened: the panel opens on the
 * checklist, and the proof, reminders and bundle code is not parsed until needed
 * (nor an account's escalation ladder, complaint and letter screens). `quiet`: nothing
 * is shown meanwhile (a part of a screen, not a whole one). (No JSX here: a .ts file, so
 * the check for words written in code does not read its types as text.)
 */
export function Later<P extends object>(props: { load: Load<P>; props: P; quiet?: boolean }) {
  // Once loaded, a view's code is there at once for every later use (an account opened from the home).
  const [View, setView] = useState<ComponentType<P> | null>(() => (loaded.get(props.load) as ComponentType<P>) ?? null);
  useEffect(() => {
    props.load().then((view) => {
      loaded.set(props.load, view);
      setView(() => view);
    });
  }, [props.load]);
  if (View) return h(View, props.props);
  return props.quiet ? null : h(Loading, { error: undefined });
}

/**
 * A loader that loads once and can be started ahead (before the view is first shown):
 * a Later given it shows the view at once if its code is already there.
 */
export function preloadable<P>(load: Load<P>): Load<P> {
  let loading: Promise<ComponentType<P>> | undefined;
  const once: Load<P> = () => {
    loading ??= load().then((view) => {
      loaded.set(once, view);
      return view;
    });
    return loading;
  };
  return once;
}
