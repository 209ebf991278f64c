/**
 * The one timeline of an account (or of a whole case): every dated record in the order
 * it happened. The contact log shows its calls and escalations from it, newest first;
 * the report and the complaint packets tell it in words (lib/complaints/history.ts),
 * oldest first. Pure: the records and the user's time zone in.
 *
 * A call has its instant; an escalation, a document sent or a device returned has only
 * a day. Such a day's record comes after that day's calls (in the user's time zone):
 * a rung is usually climbed after the calls that went wrong, and it reads so.
 */
import { dayInZone } from '../dates';
import type { Contact, Device, DocumentSent, Escalation } from '../model';

export type TimelineItem =
  | { kind: 'contact'; contact: Contact }
  | { kind: 'escalation'; escalation: Escalation }
  | { kind: 'document'; document: DocumentSent }
  | { kind: 'device'; device: Device };

/** The dated records; those left out are not in the timeline. */
export interface TimelineRecords {
  contacts?: readonly Contact[];
  escalations?: readonly Escalation[];
  documentsSent?: readonly DocumentSent[];
  /** Only those returned have a day in the timeline. */
  devices?: readonly Device[];
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every dated record, oldest first. */
export function timelineItems(records: TimelineRecords, timeZone: string): TimelineItem[] {
  const timed = [...(records.contacts ?? [])].sort((a, b) => byText(a.at, b.at));
  // Records with only a day, in day order; on one day, documents sent, then devices returned, then escalations, each by when it was recorded.
  const days = [
    ...(records.documentsSent ?? []).map((d) => ({
      day: d.sentOn,
      order: 0,
      at: d.createdAt,
      item: { kind: 'document', document: d } as const,
    })),
    ...(records.devices ?? [])
      .filter((d) => d.returnedOn)
      .map((d) => ({ day: d.returnedOn!, order: 1, at: d.createdAt, item: { kind: 'device', device: d } as const })),
    ...(records.escalations ?? []).map((e) => ({
      day: e.on,
      order: 2,
      at: e.createdAt,
      item: { kind: 'escalation', escalation: e } as const,
    })),
  ].sort((a, b) => byText(a.day, b.day) || a.order - b.order || byText(a.at, b.at));
  const out: TimelineItem[] = [];
  let next = 0; // the first call not yet placed
  for (const d of days) {
    // The calls up to the end of this day (local): found by halving, so a long log reads few days.
    let lo = next;
    let hi = timed.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (dayInZone(timed[mid]!.at, timeZone) <= d.day) lo = mid + 1;
      else hi = mid;
    }
    for (; next < lo; next++) out.push({ kind: 'contact', contact: timed[next]! });
    out.push(d.item);
  }
  for (; next < timed.length; next++) out.push({ kind: 'contact', contact: timed[next]! });
  return out;
}

/**
 * The newest part of an account's log of calls and escalations, newest first, from its newest calls only:
 * `calls` are the newest of its calls (newest first; of two at the same instant, the greater id first) and
 * `escalations` all of its escalations. It is the account's whole log (timelineItems, reversed) down to the
 * oldest call given: an escalation older than that call is left out while older calls are not read
 * (`complete` false), since it belongs among them.
 */
export function newestLog(
  calls: readonly Contact[],
  escalations: readonly Escalation[],
  complete: boolean,
  timeZone: string,
): Array<Extract<TimelineItem, { kind: 'contact' | 'escalation' }>> {
  const items = timelineItems({ contacts: [...calls].reverse(), escalations }, timeZone).reverse() as Array<
    Extract<TimelineItem, { kind: 'contact' | 'escalation' }>
  >;
  return complete ? items : items.slice(0, items.findLastIndex((item) => item.kind === 'contact') + 1);
}
