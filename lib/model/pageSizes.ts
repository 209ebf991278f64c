/**
 * How many items of each long list the panel shows at first, and adds at each "Show
 * more" (components/ShowMore.tsx). Here, not with the component, because the
 * background reads an account's first page of calls for the panel's first screen
 * (lib/db/firstScreen.ts), the very page the account's live screen reads.
 */
export const pageSizes = {
  /** An account's calls and messages, newest first ("Show earlier calls"). */
  calls: 20,
  /** An account's open steps, and apart its done or skipped ones. */
  steps: 25,
  /** An account's devices, in the order they were listed. */
  devices: 25,
  /** An account's documents sent, newest first. */
  documents: 25,
  /** The case's proof, newest first. */
  proof: 30,
  /** What needs attention, most pressing first. */
  reminders: 50,
} as const;
