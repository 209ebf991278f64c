/**
 * The codes the records' fields take, as plain lists: the schemas (schemas.ts,
 * vocabulary.ts) are made from them with zod, and the forms offer them. Apart from the
 * schemas because the panel's first screen draws the case form (its first run) and a
 * provider's accounts with their forms, and loads no zod.
 */

/** Who the user is to the person who died. */
export const userRoles = ['executor', 'spouse', 'child', 'other'] as const;

/** What should happen to an account. */
export const intents = ['close', 'transfer', 'undecided'] as const;

export const taskStates = ['todo', 'waiting', 'done', 'skipped'] as const;

export const documentKinds = [
  'death_certificate',
  'letters_testamentary',
  'obituary',
  'id',
  'proof_of_payment',
  'estate_documents',
  'letter',
  'other',
] as const;

export const deviceKinds = ['cable_modem', 'tv_box', 'dvr', 'router', 'phone', 'remote', 'satellite_receiver', 'other'] as const;

export const returnMethods = ['store', 'shipping_kit', 'technician_pickup', 'shipping_store'] as const;

/** How a document was sent. */
export const sendChannels = ['upload_form', 'mail', 'fax', 'email', 'store', 'other'] as const;

/** How a contact took place, and how it ended. */
export const contactChannels = ['call', 'chat', 'email', 'letter', 'store', 'social'] as const;
export const contactOutcomes = ['resolved', 'promise', 'no_progress', 'no_record', 'transferred', 'escalated', 'other'] as const;
