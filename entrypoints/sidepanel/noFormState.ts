/**
 * Chromium keeps the values typed into a tab's form fields (Blink's form state, for going
 * back and for session restore) in the profile's `Sessions` files, in the clear: a call
 * being logged, a note, even a passphrase shown as text, reached the disk with the lock on
 * (tried: text typed in the open "Log a call" form was in Sessions/Session_* and Tabs_* after
 * the browser closed, and again after it started). Blink leaves out a field marked
 * autocomplete="off", so every field of the panel is marked so as it appears. Password fields
 * are never kept, and keep their own autocomplete for the password manager.
 */
const FIELDS = 'input:not([type="password"]), textarea, select';

function mark(field: Element): void {
  if (field.matches(FIELDS) && field.getAttribute('autocomplete') !== 'off') field.setAttribute('autocomplete', 'off');
}

export function keepNoFormState(root: HTMLElement): void {
  for (const field of root.querySelectorAll(FIELDS)) mark(field);
  new MutationObserver((changes) => {
    for (const change of changes) {
      if (change.type === 'attributes') mark(change.target as Element);
      for (const node of change.addedNodes) {
        if (!(node instanceof Element)) continue;
        mark(node);
        for (const field of node.querySelectorAll(FIELDS)) mark(field);
      }
    }
  }).observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['type', 'autocomplete'] });
}
