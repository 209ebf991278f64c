import { formatDate } from '../lib/dates';
import { t } from '../lib/i18n';
import type { Escalation } from '../lib/model';

/** Whether they answered a rung climbed: when, or by when they should, or that they did not in time. */
export function EscalationAnswer({ escalation: e, today }: { escalation: Escalation; today: string }) {
  if (e.answeredOn) return <span class="pill ok">{t('escalation.answeredOn', { date: formatDate(e.answeredOn) })}</span>;
  if (!e.followUpDate) return null;
  const late = e.followUpDate < today;
  return (
    <span class={late ? 'pill danger' : 'pill warn'}>
      {late ? t('escalation.noAnswerYet') : t('escalation.answerBy', { date: formatDate(e.followUpDate) })}
    </span>
  );
}
