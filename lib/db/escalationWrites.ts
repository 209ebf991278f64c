/**
 * Writes of the escalation ladder: a rung climbed (recorded as an escalation, with
 * its follow-up), their answer, a record deleted. Each validated first; stored data
 * stays as it was when a write is refused.
 */

import { t } from '../i18n';
import { Escalation, isoDate, nowIso } from '../model';
import { db } from './database';
import { deleteWithUndo, type Undo } from './undo';

/** Stores a rung climbed (new or edited), after checking it against the schema. */
export async function saveEscalation(escalation: Escalation, now = new Date()): Promise<Escalation> {
  const valid = Escalation.parse({ ...escalation, updatedAt: nowIso(now) });
  const d = db();
  await d.transaction('rw', [d.accounts, d.escalations], async () => {
    const account = await d.accounts.get(valid.accountId);
    if (!account || account.caseId !== valid.caseId) throw new Error(t('errors.accountGone'));
    await d.escalations.put(valid);
  });
  return valid;
}

/** The user's word that the other side answered (on `day`), or, with undefined, that it has not after all. */
export async function answerEscalation(id: string, day: string | undefined, now = new Date()): Promise<void> {
  if (day !== undefined) isoDate.parse(day);
  const d = db();
  await d.transaction('rw', d.escalations, async () => {
    const escalation = await d.escalations.get(id);
    if (!escalation) throw new Error(t('errors.recordGone'));
    await d.escalations.put(Escalation.parse({ ...escalation, answeredOn: day, updatedAt: nowIso(now) }));
  });
}

export async function deleteEscalation(id: string): Promise<Undo> {
  return deleteWithUndo([{ table: db().escalations, ids: [id] }], []);
}
