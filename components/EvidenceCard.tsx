import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { formatDateTime } from '../lib/dates';
import { fileNameFor, formatBytes, viewerOf } from '../lib/evidence/filetype';
import { t } from '../lib/i18n';
import { documentKindLabels, fileRoleLabels } from '../lib/labels';
import type { Evidence } from '../lib/model';
import { ConfirmButton } from './ConfirmButton';

export interface Preview {
  /** A blob: URL of the file shown (typed by lib/evidence/filetype openAs). */
  url: string;
  mime: string;
  name: string;
  /** Whether this browser shows PDFs inside the page. */
  pdfViewer: boolean;
}

/** The file's format as a specialist names it (only under "Technical details"). */
function technicalFormat(mime: string): string {
  if (mime === 'multipart/related' || mime === 'message/rfc822') return t('account.webArchive');
  return mime;
}

/** One piece of proof in the vault. Every page-derived string is rendered as text. */
export function EvidenceCard(props: {
  item: Evidence;
  linkSummary: string;
  preview?: Preview;
  onPreview: () => void;
  onRename: (title: string) => void;
  onSensitive: (sensitive: boolean) => void;
  onDelete: () => void;
  /** Download links for the item's files, made by the container. */
  fileUrls?: Record<string, string>;
  children?: ComponentChildren;
}) {
  const { item, preview } = props;
  // The editor (its link choices list the case's accounts, steps, devices and contacts) is
  // built when opened: built for every card at once, hundreds of items took seconds to show.
  const [editing, setEditing] = useState(false);
  const size = item.files.reduce((n, f) => n + f.size, 0);
  const kind =
    item.kind === 'page_capture'
      ? t('account.savedPage')
      : item.documentKind
        ? documentKindLabels[item.documentKind]
        : t('account.document');
  const when = formatDateTime(item.capturedAt);
  return (
    <article class="evidence" aria-label={item.title}>
      <h3>
        <span class="evidence-title">{item.title}</span>
        {item.sensitive && <span class="status sensitive">{t('account.sensitive')}</span>}
      </h3>
      <p class="muted evidence-meta">
        {kind} · {when} · {formatBytes(size)}
      </p>
      {item.url && (
        <p class="evidence-url">
          <span class="muted">{t('account.from')} </span>
          <span>{item.url}</span>
        </p>
      )}
      <p class="muted">{props.linkSummary}</p>
      {item.referenceNumbers.length > 0 && (
        <p>
          {t('account.referenceNumbersOnPage')}{' '}
          {item.referenceNumbers.map((r, i) => (
            <>
              {i > 0 && ', '}
              <code>{r}</code>
            </>
          ))}
        </p>
      )}
      {preview ? (
        <div class="preview">
          {viewerOf(preview.mime) === 'image' && <img src={preview.url} alt={t('account.previewOf', { title: item.title })} />}
          {viewerOf(preview.mime) === 'pdf' &&
            (preview.pdfViewer ? (
              <iframe src={preview.url} title={t('account.previewOf', { title: item.title })} />
            ) : (
              <p class="muted">{t('account.noPdfViewer')}</p>
            ))}
          {viewerOf(preview.mime) === 'text' && <p class="muted">{t('account.noPicture')}</p>}
        </div>
      ) : (
        <button type="button" onClick={props.onPreview}>
          {t('account.previewAndOpen')}
        </button>
      )}
      {props.fileUrls && (
        <ul class="files" aria-label={t('account.files')}>
          {item.files.map((f) => (
            <li>
              <a
                href={props.fileUrls![f.blobId]}
                target="_blank"
                rel="noopener"
                // Only a PDF, a picture or plain text opens in a tab; anything else is saved, named as what it is.
                download={viewerOf(f.mime) ? undefined : fileNameFor(f.name, f.mime, f.role)}
              >
                {t('account.openFile', { name: f.role === 'upload' ? f.name : fileRoleLabels[f.role] })}
              </a>{' '}
              <span class="muted">({formatBytes(f.size)})</span>
            </li>
          ))}
        </ul>
      )}
      {props.fileUrls && (
        <details class="technical">
          <summary>{t('account.technicalDetails')}</summary>
          <ul aria-label={t('account.technicalDetailsOfFiles')}>
            {item.files.map((f) => (
              <li>
                {t('account.technicalLine', {
                  name: f.role === 'upload' ? f.name : fileRoleLabels[f.role],
                  format: technicalFormat(f.mime),
                  bytes: f.size,
                })}{' '}
                <code class="hash">{f.sha256}</code>
              </li>
            ))}
          </ul>
        </details>
      )}
      <details onToggle={(e) => setEditing((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>{t('account.renameLinkDelete')}</summary>
        {editing && (
          <div class="stack">
            <div class="field">
              <label for={`title-${item.id}`}>{t('account.name')}</label>
              <input
                id={`title-${item.id}`}
                value={item.title}
                maxLength={500}
                onChange={(e) => props.onRename((e.currentTarget as HTMLInputElement).value)}
              />
            </div>
            {props.children}
            <label class="check">
              <input
                type="checkbox"
                checked={item.sensitive}
                onChange={(e) => props.onSensitive((e.currentTarget as HTMLInputElement).checked)}
              />
              <span>{t('account.sensitiveCheck')}</span>
            </label>
            <ConfirmButton
              label={t('account.deleteProof')}
              question={t('account.deleteProofQuestion', { title: item.title })}
              onConfirm={props.onDelete}
            />
          </div>
        )}
      </details>
    </article>
  );
}
