import { useState } from 'preact/hooks';
import { acceptAttribute, formatBytes, MAX_FILE_BYTES } from '../lib/evidence/filetype';
import { t } from '../lib/i18n';
import { documentKindLabels } from '../lib/labels';
import { DocumentKind } from '../lib/model';
import { Field } from './Field';

export interface UploadChoice {
  documentKind: DocumentKind;
  sensitive: boolean;
  accountId?: string;
}

/** Pick or drop files to keep; each is checked (by its contents) when it arrives. */
export function UploadForm(props: {
  accounts: Array<{ id: string; label: string }>;
  busy: boolean;
  onFiles: (files: File[], choice: UploadChoice) => void;
}) {
  const [choice, setChoice] = useState<UploadChoice>({ documentKind: 'death_certificate', sensitive: true });
  const [over, setOver] = useState(false);
  const send = (list: FileList | null | undefined) => {
    if (list?.length) props.onFiles(Array.from(list), choice);
  };
  return (
    <form class="stack upload" aria-label={t('account.addDocuments')} onSubmit={(e) => e.preventDefault()}>
      <Field label={t('account.whatItIs')}>
        <select
          value={choice.documentKind}
          onChange={(e) => {
            const documentKind = (e.currentTarget as HTMLSelectElement).value as DocumentKind;
            // Certificates and IDs usually show an SSN or a date of birth.
            setChoice({ ...choice, documentKind, sensitive: ['death_certificate', 'id', 'letters_testamentary'].includes(documentKind) });
          }}
        >
          {DocumentKind.options.map((k) => (
            <option value={k}>{documentKindLabels[k]}</option>
          ))}
        </select>
      </Field>
      <Field label={t('account.belongsTo')}>
        <select
          value={choice.accountId ?? ''}
          onChange={(e) => setChoice({ ...choice, accountId: (e.currentTarget as HTMLSelectElement).value || undefined })}
        >
          <option value="">{t('account.wholeEstate')}</option>
          {props.accounts.map((a) => (
            <option value={a.id}>{a.label}</option>
          ))}
        </select>
      </Field>
      <label class="check">
        <input
          type="checkbox"
          checked={choice.sensitive}
          onChange={(e) => setChoice({ ...choice, sensitive: (e.currentTarget as HTMLInputElement).checked })}
        />
        <span>{t('account.sensitiveUpload')}</span>
      </label>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping files is a mouse extra; the file input inside is the keyboard way */}
      <div
        class={over ? 'dropzone over' : 'dropzone'}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          send(e.dataTransfer?.files);
        }}
      >
        <Field label={t('account.filesToKeep')} hint={t('account.filesToKeepHint', { size: formatBytes(MAX_FILE_BYTES) })}>
          <input
            type="file"
            name="files"
            multiple
            accept={acceptAttribute}
            disabled={props.busy}
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              send(input.files);
              input.value = '';
            }}
          />
        </Field>
      </div>
    </form>
  );
}
