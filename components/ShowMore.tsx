import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** The element of the list (or one holding it). */
type ListRef = RefObject<HTMLElement | null>;

/**
 * A long list shown a part at a time: the first `size` items, then `size` more at each
 * "Show more". A real account has 10 to 15 steps and a few dozen calls, so the button
 * shows only on the largest estates, where rendering every item made a screen take
 * seconds. An item `wanted` picks (a record a reminder opens, an entry being changed)
 * is always within the shown part. After "Show more", the focus goes to the first item
 * it added (the child at that place of the `list` element, or of the first list in it;
 * that child, or the first control in it).
 */
export function usePaged<T>(
  items: readonly T[],
  size: number,
  list: ListRef,
  wanted?: (item: T) => boolean,
): { shown: readonly T[]; hidden: number; more: () => void } {
  const page = usePageLimit(size, list);
  let count = Math.min(items.length, page.limit);
  if (wanted && count < items.length) {
    const at = items.findIndex(wanted);
    if (at >= count) count = at + 1;
  }
  page.useFocus(count);
  return {
    shown: count === items.length ? items : items.slice(0, count),
    hidden: items.length - count,
    more: () => page.more(count),
  };
}

/**
 * How many items of a long list to show (`size` at first, `size` more at each "Show
 * more"), for a list read a part at a time: the caller reads `limit` items. After
 * "Show more", the focus goes to the first item it added once that item is on screen
 * (`useFocus(shown)`, called on each render with the number of items shown).
 */
export function usePageLimit(
  size: number,
  list: ListRef,
): { limit: number; more: (shown: number) => void; useFocus: (shown: number) => void } {
  const [limit, setLimit] = useState(size);
  const focus = useFocusOnMore(list);
  return {
    limit,
    more: (shown) => {
      focus.from(shown);
      setLimit(shown + size);
    },
    useFocus: focus.useFocus,
  };
}

/**
 * The focus after "Show more" of a list read a part at a time by its caller: `from(shown)`
 * when the button is pressed, then the first item it added takes the focus once it is on
 * screen (`useFocus(shown)`, called on each render with the number of items shown): the
 * child at that place of the `list` element (or of the first list in it), or the first
 * control in it.
 */
export function useFocusOnMore(list: ListRef): { from: (shown: number) => void; useFocus: (shown: number) => void } {
  const [focusAt, setFocusAt] = useState<number | null>(null);
  return {
    from: setFocusAt,
    useFocus: (shown) =>
      useEffect(() => {
        if (focusAt === null || focusAt >= shown) return; // not on screen yet: once it is read
        const host = list.current;
        const items = host?.querySelector(':scope > ul, :scope > ol') ?? host;
        const item = items?.children[focusAt] as HTMLElement | undefined;
        (item?.matches('[tabindex]') ? item : item?.querySelector<HTMLElement>('button, [tabindex], input'))?.focus();
        setFocusAt(null);
      }, [focusAt, shown]),
  };
}

export { pageSizes } from '../lib/model/pageSizes';

/** What part of a list is shown, and the button that shows more of it. */
export function ShowMore(props: { note: string; label: string; onMore: () => void }) {
  return (
    <p class="show-more">
      <span class="muted">{props.note}</span>{' '}
      <button type="button" onClick={props.onMore}>
        {props.label}
      </button>
    </p>
  );
}
