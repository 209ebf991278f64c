import { useMemo, useState } from 'preact/hooks';
import { LetterEditor, type SentValues } from '../../../components/LetterEditor';
import { blanksIn, buildLetter, type LetterKind, letterTitle } from '../../../lib/complaints/letters';
import { letterHtml } from '../../../lib/complaints/print';
import { saveDocumentSent } from '../../../lib/db/accountWrites';
import { complaintRecords } from '../../../lib/db/panelReads';
import { inLanguage, type Language, loadLanguage, t } from '../../../lib/i18n';
import { type EstateCase, newId, nowIso } from '../../../lib/model';
import { checkDocumentSent, cleanForm } from '../../../lib/model/forms';
import { useLive, useToday } from '../hooks';
import { useNotices } from '../notices';
import { openPrintout } from '../printout';

/** A letter for one account: chosen, edited, printed, and recorded as a document sent when it went. */
export function LetterView(props: { accountId: string; estateCase: EstateCase; providerName: string; onBack: () => void }) {
  const today = useToday();
  const { persist, showError } = useNotices();
  const { value } = useLive(() => complaintRecords(props.accountId), [props.accountId]);
  const [kind, setKind] = useState<LetterKind>('bereavement');
  // The letter goes to a company in the United States: English unless the user chooses another language.
  const [language, setLanguage] = useState<Language>('en');
  const [text, setText] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [recorded, setRecorded] = useState(false);
  const letter = useMemo(() => {
    const account = value?.account;
    if (!value || !account) return undefined;
    return inLanguage(language, () =>
      buildLetter(kind, {
        account,
        providerName: props.providerName,
        contacts: value.contacts,
        promises: value.promises,
        documentsSent: value.documents,
        devices: value.devices,
        evidence: value.evidence,
        estateCase: props.estateCase,
        numbers: 'full',
        today,
      }),
    );
  }, [value, kind, language, today, props.estateCase, props.providerName]);
  if (!value?.account || !letter) return null;
  const account = value.account;
  const shown = text ?? letter.text;

  return (
    <LetterEditor
      providerName={props.providerName}
      kind={kind}
      language={language}
      text={shown}
      blanks={blanksIn(shown)}
      recipient={kind === 'debt_collector' ? '' : props.providerName}
      today={today}
      sentErrors={errors}
      sentRecorded={recorded}
      onKind={(k) => {
        setKind(k);
        setText(null);
        setRecorded(false);
      }}
      onLanguage={(l) =>
        loadLanguage(l).then(
          () => {
            setLanguage(l);
            setText(null);
          },
          (error: Error) => showError(error.message),
        )
      }
      onText={setText}
      onPrint={() => {
        try {
          openPrintout(
            inLanguage(language, () =>
              letterHtml({ title: letterTitle(kind), text: shown }, { deceasedName: props.estateCase.deceasedName, today }),
            ),
          );
        } catch (error) {
          showError((error as Error).message);
        }
      }}
      onSent={(sent: SentValues) => {
        const stamp = nowIso(new Date());
        const candidate = {
          id: newId(),
          caseId: account.caseId,
          accountId: account.id,
          document: 'letter',
          documentLabel: t('letters.documentLabel', { title: letterTitle(kind) }),
          recipient: sent.recipient,
          channel: sent.channel,
          sentOn: sent.sentOn,
          tracking: sent.tracking,
          createdAt: stamp,
          updatedAt: stamp,
        };
        const checked = checkDocumentSent(cleanForm(candidate), today);
        if (!checked.ok) return setErrors(checked.errors);
        setErrors({});
        persist(async () => {
          await saveDocumentSent(checked.value);
          setRecorded(true);
        });
      }}
      onBack={props.onBack}
    />
  );
}
