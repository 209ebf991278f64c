import { useMemo, useState } from 'preact/hooks';
import { ComplaintPacket } from '../../../components/ComplaintPacket';
import { type FormId, formsFor } from '../../../lib/complaints/forms';
import { buildPacket } from '../../../lib/complaints/packet';
import { packetHtml } from '../../../lib/complaints/print';
import { localTimeZone } from '../../../lib/dates';
import { updateAccount } from '../../../lib/db/caseWrites';
import { complaintRecords } from '../../../lib/db/panelReads';
import { stateOfAddress } from '../../../lib/escalation/address';
import { inLanguage, type Language, language, loadLanguage } from '../../../lib/i18n';
import type { EstateCase } from '../../../lib/model';
import type { Provider } from '../../../lib/providers/schema';
import { useLive, useToday } from '../hooks';
import { useNotices } from '../notices';
import { openPrintout } from '../printout';
import { RedactView } from './RedactView';

/** Copies text for the user; false when the browser refused (they then copy it by hand). */
export const copyText = (text: string) =>
  navigator.clipboard.writeText(text).then(
    () => true,
    () => false,
  );

/** A complaint packet for one account, built from its records; `initialForm` opens it on one form (the escalation ladder's offer). */
export function ComplaintView(props: {
  accountId: string;
  estateCase: EstateCase;
  provider: Provider | undefined;
  providerName: string;
  initialForm?: FormId;
  onBack: () => void;
}) {
  const today = useToday();
  const timeZone = useMemo(localTimeZone, []);
  const { persist, showError } = useNotices();
  const { value } = useLive(() => complaintRecords(props.accountId), [props.accountId]);
  const [formId, setFormId] = useState<FormId | undefined>(props.initialForm);
  // The packet goes to a US regulator or company: English unless the user chooses another language.
  const [packetLanguage, setPacketLanguage] = useState<Language>('en');
  const [numbers, setNumbers] = useState<'full' | 'last4'>('last4');
  const [resolution, setResolution] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [values, setValues] = useState<Record<string, string>>({});
  /** The document being blacked out. */
  const [redacting, setRedacting] = useState<string | null>(null);

  if (!value?.account) return null;
  const account = value.account;
  const category = props.provider?.categories[0];
  const forms = formsFor(category, account.serviceState ?? stateOfAddress(account.serviceAddress));
  const form = forms.find((f) => f.id === formId) ?? forms[0]!;
  const history = {
    account: resolution === null ? account : { ...account, resolutionSought: resolution },
    providerName: props.providerName,
    contacts: value.contacts,
    promises: value.promises,
    documentsSent: value.documents,
    devices: value.devices,
    evidence: value.evidence,
    escalations: value.escalations,
  };
  const packetInput = { ...history, estateCase: props.estateCase, category, numbers };
  // What the packet says, in its own language; the screen around it (labels, hints, what is left out) in the panel's.
  const packet = inLanguage(packetLanguage, () => buildPacket(form, packetInput, { today, timeZone }));
  const screen = packetLanguage === language() ? packet : buildPacket(form, packetInput, { today, timeZone });
  // A reader of another language sees the form's own English words beside each field, to find it on the form.
  const formLabels = language() === 'en' ? undefined : Object.fromEntries(inLanguage('en', () => form.fields.map((f) => [f.key, f.label])));
  // The user's own corrections win over what the case fills in, except for what they ask for (kept in one place).
  const shown: Record<string, string> = { ...values, resolutionSought: resolution ?? account.resolutionSought ?? '' };
  const edited = { ...packet, fields: packet.fields.map((f) => ({ ...f, value: shown[f.key] ?? f.value })) };
  const filled = Object.fromEntries(packet.fields.map((f) => [f.key, f.value]));

  if (redacting) {
    const original = value.evidence.find((e) => e.id === redacting);
    if (original) return <RedactView original={original} onSaved={() => setRedacting(null)} onCancel={() => setRedacting(null)} />;
  }

  return (
    <ComplaintPacket
      providerName={props.providerName}
      choices={forms.map((f) => ({ id: f.id, name: f.name, body: f.body }))}
      packet={{ ...screen, fields: screen.fields.map((f) => ({ ...f, value: filled[f.key] ?? '' })) }}
      language={packetLanguage}
      formLabels={formLabels}
      numbers={numbers}
      resolution={shown.resolutionSought ?? ''}
      resolutionSaved={saved}
      values={shown}
      onChoose={setFormId}
      onLanguage={(l) =>
        loadLanguage(l).then(
          () => {
            setPacketLanguage(l);
            // What the case fills in is written again in the chosen language; what the user asks for is theirs and stays.
            setValues({});
          },
          (error: Error) => showError(error.message),
        )
      }
      onNumbers={(n) => {
        setNumbers(n);
        // The number written into the fields follows the choice.
        setValues(({ accountNumber: _, description: __, ...rest }) => rest);
      }}
      onResolution={(text) => {
        setSaved(false);
        setResolution(text);
      }}
      onSaveResolution={() =>
        persist(async () => {
          await updateAccount(account.id, { resolutionSought: (resolution ?? account.resolutionSought ?? '').trim() }, props.provider);
          setSaved(true);
        })
      }
      onField={(key, v) => (key === 'resolutionSought' ? setResolution(v) : setValues({ ...values, [key]: v }))}
      onCopy={copyText}
      onPrint={() => {
        try {
          openPrintout(inLanguage(packetLanguage, () => packetHtml(edited, { deceasedName: props.estateCase.deceasedName, today })));
        } catch (error) {
          showError((error as Error).message);
        }
      }}
      onRedact={setRedacting}
      onBack={props.onBack}
    />
  );
}
