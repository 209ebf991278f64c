/**
 * The one source of truth for the estate's data: these zod schemas are the
 * TypeScript types, the validation of everything that arrives (forms, messages,
 * imports) and the shape of the bundle's case.json.
 */
import { z } from 'zod';

/** Calendar day, as typed by a person: 2026-03-14. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-03-14.')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'That date does not exist.');
/** An instant, always stored in UTC ISO form. */
export const isoDateTime = z.iso.datetime({ offset: true });
export const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'Not a valid id.');

const text = (max: number) => z.string().trim().max(max, `Keep it under ${max} characters.`);
const requiredText = (label: string, max = 200) =>
  z.string().trim().min(1, `${label} is needed.`).max(max, `Keep it under ${max} characters.`);

export const userRoles = ['executor', 'spouse', 'child', 'other'] as const;
export const UserRole = z.enum(userRoles);

export const EstateCase = z.object({
  id,
  deceasedName: requiredText('The name of the person who died'),
  dateOfDeath: isoDate,
  userRole: UserRole,
  survivorName: text(200).optional(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type EstateCase = z.infer<typeof EstateCase>;

export const intents = ['close', 'transfer', 'undecided'] as const;
export const Intent = z.enum(intents);
export type Intent = z.infer<typeof Intent>;

export const Account = z.object({
  id,
  caseId: id,
  providerId: id,
  intent: Intent,
  accountNumber: text(64).optional(),
  serviceAddress: text(300).optional(),
  nameOnAccount: text(200).optional(),
  notes: text(5000).optional(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Account = z.infer<typeof Account>;

export const taskStates = ['todo', 'waiting', 'done', 'skipped'] as const;
export const TaskState = z.enum(taskStates);
export type TaskState = z.infer<typeof TaskState>;

export const Task = z.object({
  id,
  caseId: id,
  accountId: id,
  /** Playbook step this task came from; absent for tasks the user wrote. */
  stepKey: z.string().max(100).optional(),
  title: requiredText('A task title'),
  detail: text(2000).optional(),
  state: TaskState,
  dueDate: isoDate.optional(),
  note: text(5000).optional(),
  order: z.number().int(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Task = z.infer<typeof Task>;

/** Small key/value settings (active case, preferences). */
export const Setting = z.object({ key: z.string().min(1).max(100), value: z.unknown() });
export type Setting = z.infer<typeof Setting>;

export function newId(): string {
  return crypto.randomUUID();
}

export function nowIso(now: Date = new Date()): string {
  return now.toISOString();
}
