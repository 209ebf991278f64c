import type { ComponentChildren } from 'preact';
import { formatDate } from '../lib/dates';
import type { AccountShown } from '../lib/derived/accountScreen';
import { statusLabels } from '../lib/derived/accountStatus';
import { t } from '../lib/i18n';
import type { Account } from '../lib/model';
import { AccountDetails } from './AccountDetails';
import { ConfirmButton } from './ConfirmButton';
import { ContactLog, type ContactLogProps } from './ContactLog';
import { DeviceSection, type DeviceSectionProps } from './DeviceSection';
import { DocumentsSection, type DocumentsSectionProps } from './DocumentsSection';
import type { SaveRecord } from './RecordEditor';
import { type Linkables, TaskList, type TaskListProps } from './TaskList';

/** The sections a quick action opens, each with its add form. */
export type AccountSection = 'contact' | 'document' | 'device';

/** What the account's screen does when the user acts: the live view's writes (the first screen holds every press). */
export interface AccountActions {
  /** A quick action: open that section and its add form. */
  ask: (section: AccountSection) => void;
  /** Fold or unfold a section (the user's choice wins over what its records suggest). */
  toggle: (section: AccountSection, open: boolean) => void;
  saveDetails: SaveRecord<Account>;
  steps: Pick<TaskListProps, 'onNeedLinkables' | 'onChange' | 'onAdd' | 'onDelete'>;
  devices: Pick<DeviceSectionProps, 'blankDevice' | 'onSave' | 'onDelete'>;
  documents: Pick<DocumentsSectionProps, 'blankDocument' | 'onSave' | 'onDelete'>;
  calls: Pick<ContactLogProps, 'onMore' | 'onOpenEscalation' | 'blankContact' | 'onLog' | 'onEdit' | 'onResolvePromise' | 'onDelete'>;
  prepareComplaint: () => void;
  writeLetter: () => void;
  print: () => void;
  remove: () => void;
}

export interface AccountScreenProps {
  /** What the screen shows, derived from the account's records (lib/derived/accountScreen.ts). */
  shown: AccountShown;
  providerName: string;
  survivorName?: string;
  today: string;
  /** Sections open or folded. */
  open: Record<AccountSection, boolean>;
  /** Bumped by each quick action: that section opens its add form. */
  requests: Record<AccountSection, number>;
  /** The id of a record to keep among those shown (a reminder opens it). */
  reveal?: string;
  /** What a step can be linked to: undefined until a step's details first open. */
  linkables?: Linkables;
  /** The escalation ladder, when it has loaded: above the checklist. */
  escalation?: ComponentChildren;
  actions: AccountActions;
}

/** One account: what to do with it, its checklist, equipment, documents sent and contact log. */
export function AccountScreen(props: AccountScreenProps) {
  const { shown, actions, open, requests, today } = props;
  const { account, checklist } = shown;
  const next = checklist.next;
  return (
    <article class="account" aria-label={t('account.accountOf', { provider: props.providerName })}>
      <h3>
        {props.providerName} <span class="status">{statusLabels[checklist.status]}</span>
      </h3>
      {next && (
        <p class="next-step">
          <span class="next-label">{t('account.nextStep')}</span> <strong>{next.title}</strong>
          {next.dueDate && <span class="muted"> {t('account.byDate', { date: formatDate(next.dueDate) })}</span>}
        </p>
      )}
      <AccountDetails
        account={account}
        survivorName={props.survivorName}
        intents={shown.intents}
        askDisconnectDate={shown.askDisconnectDate}
        onSave={actions.saveDetails}
      />

      {/* biome-ignore lint/a11y/useSemanticElements: a row of buttons, not a form */}
      <div class="quick-actions" role="group" aria-label={t('account.quickActions')}>
        <button type="button" onClick={() => actions.ask('contact')}>
          {t('account.logCall')}
        </button>
        <button type="button" onClick={() => actions.ask('document')}>
          {t('account.recordDocument')}
        </button>
        {shown.showEquipment && (
          <button type="button" onClick={() => actions.ask('device')}>
            {t('account.addDevice')}
          </button>
        )}
      </div>

      {props.escalation}

      <h4>{t('account.checklist')}</h4>
      <TaskList tasks={checklist.tasks} today={today} reveal={props.reveal} linkables={props.linkables} {...actions.steps} />

      {shown.showEquipment && (
        <DeviceSection
          addRequest={requests.device}
          reveal={props.reveal}
          today={today}
          devices={shown.devices}
          fold={shown.folds.device}
          open={open.device}
          onToggle={(value) => actions.toggle('device', value)}
          suggestedKinds={shown.suggestedKinds}
          {...actions.devices}
        />
      )}

      <DocumentsSection
        addRequest={requests.document}
        reveal={props.reveal}
        documents={shown.documents}
        fold={shown.folds.document}
        open={open.document}
        onToggle={(value) => actions.toggle('document', value)}
        {...actions.documents}
      />

      <ContactLog
        addRequest={requests.contact}
        entries={shown.log}
        total={shown.logTotal}
        today={today}
        fold={shown.folds.contact}
        open={open.contact}
        onToggle={(value) => actions.toggle('contact', value)}
        {...actions.calls}
      />

      <p class="row">
        <button type="button" onClick={actions.prepareComplaint}>
          {t('account.prepareComplaint')}
        </button>
        <button type="button" onClick={actions.writeLetter}>
          {t('account.writeLetter')}
        </button>
      </p>
      <p class="row">
        <button type="button" onClick={actions.print}>
          {t('account.printAccount')}
        </button>
        <ConfirmButton
          label={t('account.removeAccount')}
          question={t('account.removeAccountQuestion', { provider: props.providerName })}
          confirmLabel={t('account.removeAccountYes')}
          onConfirm={actions.remove}
        />
      </p>
    </article>
  );
}
