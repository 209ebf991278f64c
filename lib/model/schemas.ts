/**
 * The one source of truth for the estate's data: these zod schemas are the
 * TypeScript types, the validation of everything that arrives (forms, messages,
 * imports) and the shape of the bundle's case.json. The words they share with
 * the provider registry (categories, document and device kinds...) are in
 * vocabulary.ts; this folder imports nothing from the rest of lib/.
 */
import './jitless';
import { z } from 'zod';
import { type MessageKey, t } from '../i18n';
import { contactChannels, contactOutcomes, intents, sendChannels, taskStates, userRoles } from './codes';
import { Category, DeviceKind, DocumentKind, ReturnMethod } from './vocabulary';

/** Calendar day, as typed by a person: 2026-03-14. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: () => t('forms.dateFormat') })
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    error: () => t('forms.dateDoesNotExist'),
  });
/** The instants an estate's records can hold: a date far outside them is a mistake or a forgery ("newer wins" would trust it). */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2200;
/**
 * An instant between the years above, always kept in UTC ISO form (2026-03-10T12:00:00.000Z):
 * one with an offset, as a bundle may carry, is turned into it, so instants kept here
 * sort and compare as text.
 */
export const isoDateTime = z.iso
  .datetime({ offset: true })
  .refine(
    (s) => {
      const t = Date.parse(s);
      return t >= Date.UTC(FIRST_YEAR, 0, 1) && t < Date.UTC(LAST_YEAR + 1, 0, 1);
    },
    { error: () => t('forms.yearsRange', { first: String(FIRST_YEAR), last: String(LAST_YEAR) }) },
  )
  .transform((s) => new Date(s).toISOString());
// Messages a person understands, for whatever a schema below does not word itself
// (in the reader's language: every message below is looked up when the error is made).
z.config({
  customError: (issue) => {
    if (issue.code === 'invalid_type' && issue.input === undefined) return t('forms.needed');
    if (issue.code === 'invalid_value') return t('forms.chooseOption');
    if (issue.code === 'invalid_type' && issue.expected === 'number') return t('forms.writeNumber');
    return undefined;
  },
});

export const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, { error: () => t('forms.notValidId') });

/**
 * Bidirectional control characters: the embeddings and overrides (U+202A-U+202E),
 * the isolates (U+2066-U+2069) and the marks (U+200E, U+200F, U+061C). Invisible,
 * they reorder what is shown: `REF\u202E4321` reads as "REF1234". A reference
 * number, a name or a note has no use for them, so every text the model accepts
 * loses them (lib/page/references.ts does the same to page text; it keeps its own
 * copy so the content script loads nothing from the model).
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
export const withoutBidiControls = (value: string): string => value.replace(BIDI_CONTROLS, '');

/** A string with its bidirectional controls removed (still a ZodString: its checks can follow). */
const plainString = (params?: Parameters<typeof z.string>[0]) => z.string(params).overwrite(withoutBidiControls);

const tooLong = (max: number) => ({ error: () => t('forms.tooLong', { max: String(max) }) });
const text = (max: number) => plainString().trim().max(max, tooLong(max));
/** A text that must be there; `needed` says which ("The name of the person who died is needed."). */
const requiredText = (needed: MessageKey, max = 200) =>
  plainString({ error: (issue) => (issue.input === undefined ? t(needed) : t('forms.writeAsText')) })
    .trim()
    .min(1, { error: () => t(needed) })
    .max(max, tooLong(max));

export { contactChannels, contactOutcomes, intents, sendChannels, taskStates, userRoles };
export const UserRole = z.enum(userRoles);

export const EstateCase = z.object({
  id,
  deceasedName: requiredText('forms.deceasedNameNeeded'),
  dateOfDeath: isoDate,
  userRole: UserRole,
  survivorName: text(200).optional(),
  /** The person keeping this record (the user): how letters and complaints are signed. */
  userName: text(200).optional(),
  /** The user's own mailing address, phone and email, for the sender block of letters and the contact fields of complaints. */
  userAddress: text(300).optional(),
  userPhone: text(40).optional(),
  userEmail: text(200).optional(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type EstateCase = z.infer<typeof EstateCase>;

export const Intent = z.enum(intents);
export type Intent = z.infer<typeof Intent>;

export const Account = z.object({
  id,
  caseId: id,
  providerId: id,
  intent: Intent,
  accountNumber: text(64).optional(),
  serviceAddress: text(300).optional(),
  /** The service address's US state (two letters, DC included), chosen by the user when the address does not say it: it picks the state's utility commission. */
  serviceState: z
    .string()
    .regex(/^[A-Z]{2}$/, { error: () => t('forms.chooseState') })
    .optional(),
  nameOnAccount: text(200).optional(),
  notes: text(5000).optional(),
  /** The day service stops (chosen with the provider); starts device return windows. */
  disconnectDate: isoDate.optional(),
  /** What the user wants done, in their words: the "resolution sought" of a complaint and of the report. */
  resolutionSought: text(2000).optional(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Account = z.infer<typeof Account>;

export const TaskState = z.enum(taskStates);
export type TaskState = z.infer<typeof TaskState>;

export const Task = z.object({
  id,
  caseId: id,
  accountId: id,
  /** Playbook step this task came from; absent for tasks the user wrote. */
  stepKey: z.string().max(100).optional(),
  title: requiredText('forms.stepTitleNeeded'),
  detail: text(2000).optional(),
  state: TaskState,
  dueDate: isoDate.optional(),
  note: text(5000).optional(),
  /** Set when the task is the follow-up of a promise made in a contact. */
  promiseId: id.optional(),
  /**
   * The record (its id) whose automatic tick the user undid: it no longer ticks this
   * step; a newer record that proves it does (lib/derived/progress.ts).
   */
  proofUndone: id.optional(),
  links: z
    .object({ contactIds: z.array(id).default([]), documentSentIds: z.array(id).default([]), evidenceIds: z.array(id).default([]) })
    .default({ contactIds: [], documentSentIds: [], evidenceIds: [] }),
  order: z.number().int(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Task = z.infer<typeof Task>;

export const deviceStates = ['pending', 'return_started', 'returned', 'keep'] as const;
export const DeviceState = z.enum(deviceStates);
export type DeviceState = z.infer<typeof DeviceState>;

/** One piece of equipment, tracked on its own: the forgotten modem is the point. */
export const Device = z.object({
  id,
  caseId: id,
  accountId: id,
  kind: DeviceKind,
  label: requiredText('forms.deviceNameNeeded', 120),
  serial: text(120).optional(),
  returnMethod: ReturnMethod.optional(),
  state: DeviceState,
  returnedOn: isoDate.optional(),
  /** Tracking or receipt number of the return. */
  receipt: text(120).optional(),
  /** A return-by date the provider gave, overriding the registry's window. */
  returnBy: isoDate.optional(),
  note: text(2000).optional(),
  followUpDate: isoDate.optional(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Device = z.infer<typeof Device>;

export const SendChannel = z.enum(sendChannels);

/** Which document went to whom, when and how: the answer to "we never received it". */
export const DocumentSent = z.object({
  id,
  caseId: id,
  accountId: id,
  document: DocumentKind,
  documentLabel: text(200).optional(),
  recipient: requiredText('forms.recipientNeeded'),
  channel: SendChannel,
  /** Postal address, fax number, email address or form URL it went to. */
  address: text(500).optional(),
  sentOn: isoDate,
  tracking: text(120).optional(),
  acknowledgedOn: isoDate.optional(),
  acknowledgment: text(500).optional(),
  note: text(2000).optional(),
  followUpDate: isoDate.optional(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type DocumentSent = z.infer<typeof DocumentSent>;

export const ContactChannel = z.enum(contactChannels);

/** One call, chat, email, letter, visit or social message with a provider. */
export const Contact = z.object({
  id,
  caseId: id,
  accountId: id,
  at: isoDateTime,
  channel: ContactChannel,
  department: text(200).optional(),
  representative: text(200).optional(),
  referenceNumber: text(120).optional(),
  holdMinutes: z
    .number()
    .int({ error: () => t('forms.wholeMinutes') })
    .min(0, { error: () => t('forms.holdNegative') })
    .max(24 * 60)
    .optional(),
  durationMinutes: z
    .number()
    .int({ error: () => t('forms.wholeMinutes') })
    .min(0, { error: () => t('forms.durationNegative') })
    .max(24 * 60)
    .optional(),
  summary: text(5000).optional(),
  outcome: z.enum(contactOutcomes).optional(),
  followUpDate: isoDate.optional(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Contact = z.infer<typeof Contact>;

/** What a representative promised, by when. Broken is derived: past due and not kept. */
export const PromiseMade = z.object({
  id,
  caseId: id,
  accountId: id,
  contactId: id,
  what: requiredText('forms.promiseNeeded', 500),
  dueDate: isoDate,
  /** The user's word: the promise was kept (on that day) or explicitly not. */
  resolution: z.enum(['kept', 'not_kept']).optional(),
  resolvedOn: isoDate.optional(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type PromiseMade = z.infer<typeof PromiseMade>;

/**
 * How far up a complaint has gone, in the order it is usually climbed (lib/escalation
 * ladder): a supervisor on the phone, the provider's written or executive channel, the
 * regulator with authority, then a public complaint body (the BBB).
 */
export const escalationLevels = ['supervisor', 'provider_written', 'regulator', 'public'] as const;
export const EscalationLevel = z.enum(escalationLevels);
export type EscalationLevel = z.infer<typeof EscalationLevel>;

/** One rung of the escalation ladder climbed: to whom, when, their ticket or tracking number, and when to expect their answer. */
export const Escalation = z.object({
  id,
  caseId: id,
  accountId: id,
  level: EscalationLevel,
  /** The ladder's rung: "supervisor", "provider-written", or a regulator's id in lib/providers/regulators ("fcc", "puc-ca"). */
  rung: z
    .string()
    .max(64)
    .regex(/^[a-z0-9-]+$/, { error: () => t('forms.notValidRung') }),
  /** Who it went to, in words: "a supervisor at Xfinity", "Federal Communications Commission". */
  to: requiredText('forms.escalatedToNeeded', 200),
  /** The day it was done. */
  on: isoDate,
  /** The ticket, case or tracking number they gave. */
  referenceNumber: text(120).optional(),
  note: text(2000).optional(),
  /** When their answer is due (the regulator's deadline when known) or when to check back. */
  followUpDate: isoDate.optional(),
  /** The day they answered: the follow-up is over. */
  answeredOn: isoDate.optional(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Escalation = z.infer<typeof Escalation>;

export const evidenceKinds = ['page_capture', 'document'] as const;
export const EvidenceFile = z.object({
  blobId: id,
  // copy: a captured page as one self-contained HTML file (lib/page/snapshot.ts), in every browser.
  role: z.enum(['archive', 'copy', 'screenshot', 'text', 'upload']),
  mime: z.string().max(100),
  name: plainString().max(255),
  size: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type EvidenceFile = z.infer<typeof EvidenceFile>;

/** A piece of proof: a captured provider page or an uploaded document. */
export const Evidence = z.object({
  id,
  caseId: id,
  accountId: id.optional(),
  taskId: id.optional(),
  deviceId: id.optional(),
  contactId: id.optional(),
  documentSentId: id.optional(),
  kind: z.enum(evidenceKinds),
  documentKind: DocumentKind.optional(),
  title: text(500),
  url: plainString().max(4000).optional(),
  capturedAt: isoDateTime,
  pageText: plainString().max(2_000_000).optional(),
  referenceNumbers: z.array(plainString().max(120)).default([]),
  sensitive: z.boolean().default(false),
  /**
   * Set on a copy made in the panel with parts blacked out: it may go where its original
   * may not. `of` is the original; absent when the original stayed out of a bundle or was
   * deleted. Rows kept before this field existed are recognized by their title
   * (lib/redact/copy.ts), and exports write the field for them.
   */
  redaction: z.object({ of: id.optional() }).optional(),
  files: z.array(EvidenceFile),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Evidence = z.infer<typeof Evidence>;

/** A site the user added from its tab ("track this site as a provider"). */
export const UserProvider = z.object({
  id: z.string().regex(/^user-[a-z0-9-]+$/),
  name: requiredText('forms.providerNameNeeded', 120),
  category: Category,
  /** Registrable domain of the site, e.g. "mycoop.com". */
  domain: z.string().min(3).max(253),
  createdAt: isoDateTime,
});
export type UserProvider = z.infer<typeof UserProvider>;

/** Small key/value settings (active case, preferences). */
export const Setting = z.object({ key: z.string().min(1).max(100), value: z.unknown() });
export type Setting = z.infer<typeof Setting>;

export function newId(): string {
  return crypto.randomUUID();
}

export function nowIso(now: Date = new Date()): string {
  return now.toISOString();
}
