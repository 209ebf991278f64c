import { useRef, useState } from 'preact/hooks';
import { formatDate } from '../lib/dates';
import type { SectionFold } from '../lib/derived/sections';
import { t } from '../lib/i18n';
import { documentKindLabels, sendChannelLabels } from '../lib/labels';
import type { DocumentKind, DocumentSent } from '../lib/model';
import { documentKinds, sendChannels } from '../lib/model/codes';
import { ConfirmButton } from './ConfirmButton';
import { Disclosure } from './Disclosure';
import { Field } from './Field';
import { FoldSection } from './FoldSection';
import { FormActions } from './FormActions';
import { inputValue, type SaveRecord, useRecordEditor } from './RecordEditor';
import { pageSizes, ShowMore, usePaged } from './ShowMore';
import { useAddForm, useFocusWhenShown } from './useAddForm';

export interface DocumentsSectionProps {
  /** Bumped by a quick action: open the add form and bring it into view. */
  addRequest?: number;
  documents: Array<{ doc: DocumentSent; daysWaiting: number | null }>;
  blankDocument: () => DocumentSent;
  onSave: SaveRecord<DocumentSent>;
  onDelete: (doc: DocumentSent) => void;
  /** Folded or open, and its one line (lib/derived/sections.ts); open as the view says. */
  fold: SectionFold;
  open: boolean;
  onToggle: (open: boolean) => void;
  /** The id of a document that must be among those shown (a reminder opens it). */
  reveal?: string;
}

/** Which document went to whom, when and how: the answer to "we never received it". */
export function DocumentsSection(props: DocumentsSectionProps) {
  const { section, adding, setAdding, closingOnSave } = useAddForm(props.blankDocument, props.addRequest);
  const { setFocusId, saved } = useFocusWhenShown(props.documents);
  const save = closingOnSave(props.onSave);
  // The newest pageSizes.documents, then more at each "Show more documents"; one a reminder opens or just added is always shown.
  const list = useRef<HTMLUListElement>(null);
  const paged = usePaged(props.documents, pageSizes.documents, list, ({ doc }) => doc.id === props.reveal || saved(doc.id));
  return (
    <FoldSection heading={t('account.documentsSent')} fold={props.fold} open={props.open} onToggle={props.onToggle} sectionRef={section}>
      {props.documents.length === 0 && <p class="muted">{t('account.nothingRecorded')}</p>}
      <ul class="records" ref={list}>
        {paged.shown.map(({ doc, daysWaiting }) => (
          <DocumentItem key={doc.id} doc={doc} daysWaiting={daysWaiting} onSave={props.onSave} onDelete={props.onDelete} />
        ))}
      </ul>
      {paged.hidden > 0 && (
        <ShowMore
          note={t('lists.documentsShown', { shown: paged.shown.length, count: props.documents.length })}
          label={t('lists.moreDocuments')}
          onMore={paged.more}
        />
      )}
      {adding && (
        <DocumentForm
          doc={adding}
          onCancel={() => setAdding(null)}
          onSave={(doc) => {
            const errors = save(doc);
            if (!errors) setFocusId(doc.id);
            return errors;
          }}
        />
      )}
    </FoldSection>
  );
}

type DocumentPatch = Partial<DocumentSent>;

function DocumentFields(props: {
  draft: DocumentSent;
  errors: Record<string, string>;
  /** Typing: shown, not yet saved. */
  type: (patch: DocumentPatch) => void;
  /** A field left or a choice made: saved when the record is stored already. */
  commit: (patch: DocumentPatch) => void;
}) {
  const { draft, errors } = props;
  const on = (patch: (v: string) => DocumentPatch) => ({
    onInput: (e: Event) => props.type(patch(inputValue(e))),
    onChange: (e: Event) => props.commit(patch(inputValue(e))),
  });
  return (
    <>
      <Field label={t('account.whichDocument')} error={errors.document}>
        <select value={draft.document ?? ''} {...on((v) => ({ document: (v || undefined) as DocumentKind }))}>
          <option value="">{t('account.choose')}</option>
          {documentKinds.map((k) => (
            <option value={k}>{documentKindLabels[k]}</option>
          ))}
        </select>
      </Field>
      <Field label={t('account.sentTo')} error={errors.recipient}>
        <input value={draft.recipient ?? ''} {...on((v) => ({ recipient: v }))} />
      </Field>
      <Field label={t('account.how')} error={errors.channel}>
        <select value={draft.channel ?? ''} {...on((v) => ({ channel: (v || undefined) as DocumentSent['channel'] }))}>
          <option value="">{t('account.choose')}</option>
          {sendChannels.map((c) => (
            <option value={c}>{sendChannelLabels[c]}</option>
          ))}
        </select>
      </Field>
      <Field label={t('account.sentAddress')} error={errors.address}>
        <input value={draft.address ?? ''} {...on((v) => ({ address: v || undefined }))} />
      </Field>
      <Field label={t('account.sentOn')} error={errors.sentOn}>
        <input type="date" value={draft.sentOn ?? ''} {...on((v) => ({ sentOn: v }))} />
      </Field>
      <Field label={t('account.trackingOptional')} error={errors.tracking}>
        <input value={draft.tracking ?? ''} {...on((v) => ({ tracking: v || undefined }))} />
      </Field>
      <Field label={t('account.acknowledgedOn')} error={errors.acknowledgedOn}>
        <input type="date" value={draft.acknowledgedOn ?? ''} {...on((v) => ({ acknowledgedOn: v || undefined }))} />
      </Field>
      <Field label={t('account.acknowledgment')} error={errors.acknowledgment}>
        <input value={draft.acknowledgment ?? ''} {...on((v) => ({ acknowledgment: v || undefined }))} />
      </Field>
    </>
  );
}

function DocumentForm(props: { doc: DocumentSent; onSave: SaveRecord<DocumentSent>; onCancel: () => void }) {
  const [draft, setDraft] = useState(props.doc);
  const [errors, setErrors] = useState<Record<string, string>>({});
  return (
    <form
      class="stack card"
      aria-label={t('account.recordDocument')}
      onSubmit={(e) => {
        e.preventDefault();
        setErrors(props.onSave(draft) ?? {});
      }}
    >
      <DocumentFields
        draft={draft}
        errors={errors}
        type={(p) => setDraft((d) => ({ ...d, ...p }))}
        commit={(p) => setDraft((d) => ({ ...d, ...p }))}
      />
      <FormActions submitLabel={t('account.saveToRecord')} onCancel={props.onCancel} />
    </form>
  );
}

function DocumentItem(props: {
  doc: DocumentSent;
  daysWaiting: number | null;
  onSave: SaveRecord<DocumentSent>;
  onDelete: (d: DocumentSent) => void;
}) {
  const { draft, errors, change, type } = useRecordEditor(props.doc, props.onSave);
  const label = draft.documentLabel || documentKindLabels[draft.document];
  return (
    <li
      class="record"
      aria-label={t('account.documentTo', { document: label, recipient: draft.recipient })}
      data-testid="document-sent"
      id={`record-${draft.id}`}
      tabIndex={-1}
    >
      <div class="record-head">
        <strong>{label}</strong> <span class="muted">{t('account.toRecipient', { recipient: draft.recipient })}</span>
        {draft.acknowledgedOn ? (
          <span class="pill ok">{t('account.receivedOn', { date: formatDate(draft.acknowledgedOn) })}</span>
        ) : (
          <span class="pill warn">
            {props.daysWaiting !== null && props.daysWaiting > 0
              ? t('account.noConfirmationDays', { count: props.daysWaiting })
              : t('account.noConfirmation')}
          </span>
        )}
      </div>
      <p class="muted">
        {t('account.sentLine', { date: formatDate(draft.sentOn), channel: sendChannelLabels[draft.channel] })}
        {draft.address && <> · {draft.address}</>}
        {draft.tracking && <> · {t('account.tracking', { tracking: draft.tracking })}</>}
      </p>
      <Disclosure summary={t('account.edit')}>
        {() => (
          <div class="stack">
            <DocumentFields draft={draft} errors={errors} type={type} commit={change} />
            <ConfirmButton
              label={t('account.deleteRecord')}
              question={t('account.deleteRecordQuestion')}
              onConfirm={() => props.onDelete(props.doc)}
            />
          </div>
        )}
      </Disclosure>
    </li>
  );
}
