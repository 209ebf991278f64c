import { useEffect, useMemo, useState } from 'preact/hooks';
import { type AccountActions, AccountScreen } from '../../../components/AccountScreen';
import type { PromiseDraft } from '../../../components/ContactLog';
import { pageSizes } from '../../../components/ShowMore';
import type { Linkables } from '../../../components/TaskList';
import type { FormId } from '../../../lib/complaints/forms';
import { formatDate, formatDateTime, localTimeZone } from '../../../lib/dates';
import {
  addUserTask,
  deleteAccount,
  deleteContact,
  deleteDevice,
  deleteDocumentSent,
  deleteUserTask,
  logContact,
  resolvePromise,
  saveDevice,
  saveDocumentSent,
  updateContact,
  updateTask,
} from '../../../lib/db/accountWrites';
import { updateAccount } from '../../../lib/db/caseWrites';
import { callsOfAccount } from '../../../lib/db/panelReads';
import { accountShown } from '../../../lib/derived/accountScreen';
import { statePatch } from '../../../lib/derived/progress';
import { language, t } from '../../../lib/i18n';
import { contactChannelLabels, documentKindLabels } from '../../../lib/labels';
import { Account, type Contact, type Device, type DocumentSent, type EstateCase, newId, nowIso } from '../../../lib/model';
import { fieldErrors } from '../../../lib/model/errors';
import { checkContact, checkDevice, checkDocumentSent, checkPromise, cleanForm } from '../../../lib/model/forms';
import type { Provider } from '../../../lib/providers/schema';
import { readAccountScreen } from '../firstRead';
import { useFold } from '../fold';
import { useLive, useToday } from '../hooks';
import { Later } from '../later';
import { useOpenView } from '../navigation';
import { useNotices } from '../notices';

// The escalation ladder, the complaint and the letter screens bring the regulators and
// the letters' texts: loaded with the account, after the panel is shown.
const loadComplaint = () => import('./ComplaintView').then((m) => m.ComplaintView);
const loadLetter = () => import('./LetterView').then((m) => m.LetterView);
const loadEscalation = () => import('./EscalationSection').then((m) => m.EscalationSection);

/** A screen of the account that takes its place: a complaint packet (on one form, when given) or a letter. */
type OtherScreen = { kind: 'complaint'; form?: FormId } | { kind: 'letter' } | null;

/** One account: what to do with it, its checklist, equipment, documents sent and contact log. */
export function AccountView(props: {
  accountId: string;
  estateCase: EstateCase;
  provider: Provider | undefined;
  providerName: string;
  onDeleted?: () => void;
  /** The id of a record to bring into view and focus once shown (a reminder about it was chosen). */
  focus?: string;
  /** Told once the account is drawn with its records (or could not be read). */
  onShown?: () => void;
}) {
  const today = useToday();
  const openView = useOpenView();
  const { persist, removeWithUndo: remove } = useNotices();
  // Of its calls, the newest pageSizes.calls (more at each "Show earlier calls"), and older ones down to a call just
  // logged or changed, or one a reminder opens: an account at the limits has 2,000.
  const [calls, setCalls] = useState<number>(pageSizes.calls);
  const [logged, setLogged] = useState<string>();
  const reveal = props.focus ?? logged;
  const { value, error } = useLive(() => readAccountScreen(props.accountId, calls, reveal), [props.accountId, calls, reveal]);
  const read = !!value || !!error;
  useEffect(() => {
    if (read) props.onShown?.();
  }, [read]);
  // Derived once per read of the records, not on every render (an account at the limits has 5,000 steps), and again
  // in a new language: the checklist in its order, the sections' lines, the newest part of the log.
  const shown = useMemo(
    () => value?.account && accountShown({ ...value, account: value.account }, props.provider, props.estateCase, today, localTimeZone()),
    [value, props.provider, props.estateCase, today, language()],
  );
  // A step's link choices (every call and document sent, in words): read when a step's details first open.
  const [linking, setLinking] = useState(false);
  const { value: allCalls } = useLive(
    () => (linking ? callsOfAccount(props.accountId) : Promise.resolve(undefined)),
    [props.accountId, linking],
  );
  const linkables = useMemo(() => allCalls && value && linkablesOf(allCalls, value.documents), [allCalls, value?.documents, language()]);
  // Each section open when something in it needs doing, folded to one line when its work is done; the user's choice wins.
  const folds = {
    device: useFold(`${props.accountId}:devices`, !!shown?.folds.device.open),
    document: useFold(`${props.accountId}:documents`, !!shown?.folds.document.open),
    contact: useFold(`${props.accountId}:contacts`, !!shown?.folds.contact.open),
  };
  const [requests, setRequests] = useState({ contact: 0, document: 0, device: 0 });
  // A quick action opens its section (and its form there).
  const ask = (form: keyof typeof requests) => {
    folds[form].choose(true);
    setRequests({ ...requests, [form]: requests[form] + 1 });
  };
  const loaded = !!value?.account;
  useEffect(() => {
    if (loaded && props.focus) showRecord(props.focus);
  }, [loaded, props.focus]);
  // "Prepare a complaint" and "Write a letter" (and the escalation ladder: openScreen({ kind: 'complaint', form: 'fcc' })).
  const [screen, openScreen] = useState<OtherScreen>(null);
  if (!value?.account || !shown) return null;
  if (screen?.kind === 'complaint')
    return (
      <Later
        load={loadComplaint}
        props={{
          accountId: props.accountId,
          estateCase: props.estateCase,
          provider: props.provider,
          providerName: props.providerName,
          initialForm: screen.form,
          onBack: () => openScreen(null),
        }}
      />
    );
  if (screen?.kind === 'letter')
    return (
      <Later
        load={loadLetter}
        props={{
          accountId: props.accountId,
          estateCase: props.estateCase,
          providerName: props.providerName,
          onBack: () => openScreen(null),
        }}
      />
    );
  const { account } = value;
  const provider = props.provider;
  const stamp = () => nowIso(new Date());

  /** A contact and its new promises checked as the forms' fields: the errors by field, or the contact to store. */
  const checkCall = (candidate: Contact, promises: PromiseDraft[]) => {
    const checked = checkContact(
      cleanForm(candidate as unknown as Record<string, unknown>, ['holdMinutes', 'durationMinutes']),
      new Date(),
    );
    const errors: Record<string, string> = checked.ok ? {} : { ...checked.errors };
    promises.forEach((p, i) => {
      const result = checkPromise({
        id: 'check',
        caseId: account.caseId,
        accountId: account.id,
        contactId: 'check',
        what: p.what,
        dueDate: p.dueDate,
        createdAt: stamp(),
        updatedAt: stamp(),
      });
      if (!result.ok) for (const [field, message] of Object.entries(result.errors)) errors[`promise${i}.${field}`] = message;
    });
    return !checked.ok || Object.keys(errors).length ? { errors } : { contact: checked.value };
  };

  const actions: AccountActions = {
    ask,
    toggle: (section, open) => folds[section].choose(open),
    saveDetails: (candidate) => {
      const parsed = Account.safeParse(cleanForm(candidate as unknown as Record<string, unknown>));
      if (!parsed.success) return fieldErrors(parsed.error);
      const { intent, accountNumber, serviceAddress, nameOnAccount, notes, disconnectDate } = parsed.data;
      persist(() => updateAccount(account.id, { intent, accountNumber, serviceAddress, nameOnAccount, notes, disconnectDate }, provider));
      return null;
    },
    steps: {
      onNeedLinkables: () => setLinking(true),
      onChange: (task, patch) =>
        persist(() => updateTask(task, patch.state ? { ...patch, ...statePatch(task, patch.state) } : patch, today)),
      onAdd: (title, due) => persist(() => addUserTask(account, title, due)),
      onDelete: (task) => remove(t('account.deletedNamed', { title: task.title }), () => deleteUserTask(task)),
    },
    devices: {
      blankDevice: () =>
        ({
          id: newId(),
          caseId: account.caseId,
          accountId: account.id,
          state: 'pending',
          createdAt: stamp(),
          updatedAt: stamp(),
        }) as unknown as Device,
      onSave: (candidate) => {
        const checked = checkDevice(cleanForm(candidate as unknown as Record<string, unknown>), today);
        if (!checked.ok) return checked.errors;
        persist(() => saveDevice(checked.value, provider));
        return null;
      },
      onDelete: (device) => remove(t('account.deletedDevice', { label: device.label }), () => deleteDevice(device)),
    },
    documents: {
      blankDocument: () =>
        ({
          id: newId(),
          caseId: account.caseId,
          accountId: account.id,
          sentOn: today,
          createdAt: stamp(),
          updatedAt: stamp(),
        }) as unknown as DocumentSent,
      onSave: (candidate) => {
        const checked = checkDocumentSent(cleanForm(candidate as unknown as Record<string, unknown>), today);
        if (!checked.ok) return checked.errors;
        persist(() => saveDocumentSent(checked.value));
        return null;
      },
      onDelete: (doc) => remove(t('account.deletedDocument'), () => deleteDocumentSent(doc.id)),
    },
    calls: {
      onMore: () => setCalls(value.latestCalls.length + pageSizes.calls),
      onOpenEscalation: (escalation) => showRecord(escalation.id),
      blankContact: () =>
        ({
          id: newId(),
          caseId: account.caseId,
          accountId: account.id,
          at: new Date().toISOString(),
          channel: 'call',
          createdAt: stamp(),
          updatedAt: stamp(),
        }) as Contact,
      onLog: (candidate, promises) => {
        const checked = checkCall(candidate, promises);
        if (checked.errors) return checked.errors;
        // Read with the log however old its date, so it can be shown and take the focus.
        setLogged(checked.contact.id);
        persist(() => logContact(checked.contact, promises));
        return null;
      },
      onEdit: (candidate, added) => {
        const checked = checkCall(candidate, added);
        if (checked.errors) return checked.errors;
        // Still read if its new date is older than the calls shown, so it keeps the focus.
        setLogged(checked.contact.id);
        persist(() => updateContact(checked.contact, added));
        return null;
      },
      onResolvePromise: (promise, resolution) => persist(() => resolvePromise(promise.id, resolution, today)),
      onDelete: (contact) => remove(t('account.deletedContact'), () => deleteContact(contact.id)),
    },
    prepareComplaint: () => openScreen({ kind: 'complaint' }),
    writeLetter: () => openScreen({ kind: 'letter' }),
    print: () => openView('bundle', { accountId: account.id }),
    remove: () => {
      props.onDeleted?.();
      remove(t('account.removedAccount', { provider: props.providerName }), () => deleteAccount(account.id));
    },
  };

  return (
    <AccountScreen
      shown={shown}
      providerName={props.providerName}
      survivorName={props.estateCase.survivorName}
      today={today}
      open={{ device: folds.device.open, document: folds.document.open, contact: folds.contact.open }}
      requests={requests}
      reveal={props.focus}
      linkables={linkables}
      actions={actions}
      escalation={
        <Later
          quiet
          load={loadEscalation}
          props={{
            account,
            records: value,
            provider,
            providerName: props.providerName,
            today,
            onPrepareComplaint: (form: FormId) => openScreen({ kind: 'complaint', form }),
          }}
        />
      }
    />
  );
}

/** Brings a record of the account into view and gives it the focus (a step among the closed ones is opened first). */
function showRecord(id: string) {
  const target = document.getElementById(`record-${id}`);
  const details = target?.closest('details');
  if (details) details.open = true;
  target?.scrollIntoView({ block: 'center' });
  target?.focus({ preventScroll: true });
}

/** What a step can be linked to, in words: every call and document sent of the account. */
function linkablesOf(calls: readonly Contact[], documents: readonly DocumentSent[]): Linkables {
  return {
    contacts: calls.map((c) => ({
      id: c.id,
      label: c.referenceNumber
        ? t('account.contactLinkLabelRef', { channel: contactChannelLabels[c.channel], when: formatDateTime(c.at), ref: c.referenceNumber })
        : t('account.contactLinkLabel', { channel: contactChannelLabels[c.channel], when: formatDateTime(c.at) }),
    })),
    documents: documents.map((d) => ({
      id: d.id,
      label: t('account.documentLinkLabel', {
        document: documentKindLabels[d.document],
        date: formatDate(d.sentOn),
        recipient: d.recipient,
      }),
    })),
  };
}
