import { useState } from 'preact/hooks';
import { CaseForm, type CaseFormValues } from '../../../components/CaseForm';
import { Checklist } from '../../../components/Checklist';
import { accountStatus, orderTasks, statusLabels } from '../../../lib/checklist';
import { db } from '../../../lib/db';
import { activeCase, addAccount, createCase, setTaskState } from '../../../lib/db/repo';
import { EstateCase } from '../../../lib/model';
import { fieldErrors } from '../../../lib/model/errors';
import { builtInMatcher, providerById } from '../../../lib/providers';
import { notifyChanged, useCurrentTab, useLive } from '../hooks';
import { SaveProof } from './SaveProof';

const pageKindLabels: Record<string, string> = {
  sign_in: 'sign-in page',
  account: 'account page',
  billing: 'billing page',
  cancel: 'cancel or disconnect page',
  transfer: 'transfer of ownership page',
  bereavement: 'bereavement page',
  equipment_return: 'equipment return page',
  confirmation: 'confirmation page',
  other: 'website',
};

export function HereView() {
  const tab = useCurrentTab();
  const match = tab.url ? builtInMatcher.match(tab.url) : null;
  const { value: estate, error } = useLive(async () => ({ current: await activeCase() }), []);
  const [formErrors, setFormErrors] = useState<Record<string, string>>({});

  if (error) return <p class="error" role="alert">Your saved data could not be read: {error.message}</p>;
  if (!estate) return <p aria-busy="true" class="muted">Loading…</p>;

  const onCreate = async (values: CaseFormValues) => {
    const stamp = new Date().toISOString();
    const parsed = EstateCase.safeParse({ ...values, survivorName: values.survivorName || undefined, id: 'new', createdAt: stamp, updatedAt: stamp });
    if (!parsed.success) return setFormErrors(fieldErrors(parsed.error));
    setFormErrors({});
    await createCase(values);
    notifyChanged();
  };

  return (
    <>
      {match && (
        <header class="provider-header">
          <h1>{match.provider.name}</h1>
          <p class="muted">You are on {match.provider.name}'s {pageKindLabels[match.pageKind]}.</p>
        </header>
      )}
      {tab.url && /^https?:/.test(tab.url) && <SaveProof tabId={tab.tabId} />}
      {!estate.current ? (
        <section aria-labelledby="first-run">
          <h2 id="first-run">Let's start with the person who died</h2>
          <p class="muted">Everything you enter stays on this computer.</p>
          <CaseForm submitLabel="Start" errors={formErrors} onSubmit={onCreate} />
        </section>
      ) : (
        <CaseView caseId={estate.current.id} deceasedName={estate.current.deceasedName} providerId={match?.provider.id} />
      )}
    </>
  );
}

function CaseView(props: { caseId: string; deceasedName: string; providerId?: string }) {
  const { value } = useLive(async () => {
    const accounts = await db().accounts.where('caseId').equals(props.caseId).toArray();
    const tasks = await db().tasks.where('caseId').equals(props.caseId).toArray();
    return { accounts, tasks };
  }, [props.caseId]);
  if (!value) return null;
  const provider = props.providerId ? providerById(props.providerId) : undefined;
  const here = provider ? value.accounts.filter((a) => a.providerId === provider.id) : [];
  const shown = provider ? here : value.accounts;

  return (
    <section>
      <h2>Accounts of {props.deceasedName}</h2>
      {provider && here.length === 0 && (
        <button
          class="primary"
          onClick={async () => {
            await addAccount(props.caseId, provider);
            notifyChanged();
          }}
        >
          Add {provider.name} to this estate
        </button>
      )}
      {shown.length === 0 && !provider && <p class="muted">Open a provider's website (cable, phone, electricity...) to add its account.</p>}
      {shown.map((account) => {
        const accountProvider = providerById(account.providerId);
        const tasks = orderTasks(value.tasks.filter((t) => t.accountId === account.id));
        return (
          <article class="account" key={account.id} aria-label={`${accountProvider?.name ?? account.providerId} account`}>
            <h3>
              {accountProvider?.name ?? account.providerId} <span class="status">{statusLabels[accountStatus(tasks)]}</span>
            </h3>
            <Checklist
              tasks={tasks}
              onToggle={async (task, done) => {
                await setTaskState(task.id, done ? 'done' : 'todo');
                notifyChanged();
              }}
            />
          </article>
        );
      })}
    </section>
  );
}
