/**
 * From what a person typed to a valid record, or to one clear message per field.
 * The model's schemas do the checking; the rules that need "now" (a past event
 * cannot be in the future) are added here.
 */
import type { z } from 'zod';
import { type MessageKey, t } from '../i18n';
import { Contact, Device, DocumentSent, Escalation, PromiseMade } from '.';
import { fieldErrors } from './errors';

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

/** Empty form fields become absent, numbers typed as text become numbers. */
export function cleanForm(values: Record<string, unknown>, numeric: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(values)) {
    const value = typeof raw === 'string' ? raw.trim() : raw;
    if (value === '' || value === undefined || value === null) continue;
    out[key] = numeric.includes(key) && typeof value === 'string' ? (/^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value) : value;
  }
  return out;
}

function check<S extends z.ZodType>(
  schema: S,
  candidate: unknown,
  rules: Array<[field: string, broken: (v: z.infer<S>) => boolean, message: MessageKey]>,
): Checked<z.infer<S>> {
  const parsed = schema.safeParse(candidate);
  const errors = parsed.success ? {} : fieldErrors(parsed.error);
  // The rules run on what was typed even when another field is wrong, so every message shows at once.
  const subject = (parsed.success ? parsed.data : candidate) as z.infer<S>;
  for (const [field, broken, message] of rules) {
    try {
      if (broken(subject)) errors[field] ??= t(message);
    } catch {
      // A field too malformed for the rule already has its own message.
    }
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: parsed.data };
}

const FUTURE = 'forms.notYet';

export function checkContact(candidate: Record<string, unknown>, now: Date): Checked<Contact> {
  return check(Contact, candidate, [['at', (c) => Date.parse(c.at) > now.getTime() + 60_000, FUTURE]]);
}

export function checkPromise(candidate: Record<string, unknown>): Checked<PromiseMade> {
  return check(PromiseMade, candidate, []);
}

export function checkDocumentSent(candidate: Record<string, unknown>, today: string): Checked<DocumentSent> {
  return check(DocumentSent, candidate, [
    ['sentOn', (d) => d.sentOn > today, FUTURE],
    ['acknowledgedOn', (d) => !!d.acknowledgedOn && d.acknowledgedOn > today, FUTURE],
    ['acknowledgedOn', (d) => !!d.acknowledgedOn && d.acknowledgedOn < d.sentOn, 'forms.acknowledgedBeforeSent'],
  ]);
}

export function checkDevice(candidate: Record<string, unknown>, today: string): Checked<Device> {
  return check(Device, candidate, [
    ['returnedOn', (d) => !!d.returnedOn && d.returnedOn > today, FUTURE],
    ['returnedOn', (d) => d.state === 'returned' && !d.returnedOn, 'forms.whenReturned'],
  ]);
}

export function checkEscalation(candidate: Record<string, unknown>, today: string): Checked<Escalation> {
  return check(Escalation, candidate, [
    ['on', (e) => e.on > today, FUTURE],
    ['followUpDate', (e) => !!e.followUpDate && e.followUpDate < e.on, 'forms.answerDueBeforeDone'],
    ['answeredOn', (e) => !!e.answeredOn && e.answeredOn < e.on, 'forms.answeredBeforeDone'],
  ]);
}
