import { EscalationLadder } from '../../../components/EscalationLadder';
import { type FormId, formForRung } from '../../../lib/complaints/forms';
import { updateAccount } from '../../../lib/db/caseWrites';
import { answerEscalation, deleteEscalation, saveEscalation } from '../../../lib/db/escalationWrites';
import { type AccountRecords, callsSinceResolved } from '../../../lib/db/panelReads';
import { readReminderSettings } from '../../../lib/db/reminderSettings';
import { escalationView } from '../../../lib/escalation/offer';
import { t } from '../../../lib/i18n';
import { type Account, newId, nowIso } from '../../../lib/model';
import { checkEscalation, cleanForm } from '../../../lib/model/forms';
import type { Provider } from '../../../lib/providers/schema';
import { useLive } from '../hooks';
import { useNotices } from '../notices';

/** The account's escalation ladder: offered when something went wrong, and each rung climbed recorded. */
export function EscalationSection(props: {
  account: Account;
  /** The account's records but its calls: those the rules read are read here (callsSinceResolved). */
  records: Omit<AccountRecords, 'contacts'>;
  provider: Provider | undefined;
  providerName: string;
  today: string;
  /** Opens the complaint packet of a rung (lib/complaints). */
  onPrepareComplaint?: (form: FormId) => void;
}) {
  const { persist, removeWithUndo } = useNotices();
  const { value: read } = useLive(() => Promise.all([readReminderSettings(), callsSinceResolved(props.account.id)]), [props.account.id]);
  if (!read) return null;
  const [settings, contacts] = read;
  const { account, records, today } = props;
  const view = escalationView({
    account,
    provider: props.provider,
    providerName: props.providerName,
    category: props.provider?.categories[0],
    records: { ...records, contacts },
    today,
    options: { escalateDays: settings.escalateDays, ackDays: settings.ackDays },
  });
  return (
    <EscalationLadder
      view={view}
      providerName={props.providerName}
      today={today}
      checkBackDays={settings.escalateDays}
      onChooseState={(state) => persist(() => updateAccount(account.id, { serviceState: state }, props.provider))}
      onRecord={(rung, draft) => {
        const stamp = nowIso(new Date());
        const checked = checkEscalation(
          cleanForm({
            id: newId(),
            caseId: account.caseId,
            accountId: account.id,
            level: rung.level,
            rung: rung.id,
            to: rung.to,
            ...draft,
            createdAt: stamp,
            updatedAt: stamp,
          }),
          today,
        );
        if (!checked.ok) return checked.errors;
        persist(() => saveEscalation(checked.value));
        return null;
      }}
      hasComplaint={(rung) => formForRung(rung.id) !== undefined}
      onPrepareComplaint={props.onPrepareComplaint && ((rung) => props.onPrepareComplaint!(formForRung(rung.id)!))}
      onAnswered={(escalation, day) => persist(() => answerEscalation(escalation.id, day))}
      onDelete={(escalation) => removeWithUndo(t('escalation.deleted', { to: escalation.to }), () => deleteEscalation(escalation.id))}
    />
  );
}
