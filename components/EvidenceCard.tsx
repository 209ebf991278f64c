import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { fileNameFor, formatBytes, viewerOf } from '../lib/evidence/filetype';
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
  if (mime === 'multipart/related' || mime === 'message/rfc822') return 'MHTML web archive';
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
  const kind = item.kind === 'page_capture' ? 'Saved page' : item.documentKind ? documentKindLabels[item.documentKind] : 'Document';
  const when = new Date(item.capturedAt).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <article class="evidence" aria-label={item.title}>
      <h3>
        <span class="evidence-title">{item.title}</span>
        {item.sensitive && <span class="status sensitive">Sensitive</span>}
      </h3>
      <p class="muted evidence-meta">
        {kind} · {when} · {formatBytes(size)}
      </p>
      {item.url && (
        <p class="evidence-url">
          <span class="muted">From </span>
          <span>{item.url}</span>
        </p>
      )}
      <p class="muted">{props.linkSummary}</p>
      {item.referenceNumbers.length > 0 && (
        <p>
          Reference numbers on the page:{' '}
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
          {viewerOf(preview.mime) === 'image' && <img src={preview.url} alt={`Preview of ${item.title}`} />}
          {viewerOf(preview.mime) === 'pdf' &&
            (preview.pdfViewer ? (
              <iframe src={preview.url} title={`Preview of ${item.title}`} />
            ) : (
              <p class="muted">This browser cannot show PDFs inside the panel. Use “Open” below.</p>
            ))}
          {viewerOf(preview.mime) === 'text' && (
            <p class="muted">No picture was taken of this page; its saved copy and its text are kept.</p>
          )}
        </div>
      ) : (
        <button type="button" onClick={props.onPreview}>
          Preview and open
        </button>
      )}
      {props.fileUrls && (
        <ul class="files" aria-label="Files">
          {item.files.map((f) => (
            <li>
              <a
                href={props.fileUrls![f.blobId]}
                target="_blank"
                rel="noopener"
                // Only a PDF, a picture or plain text opens in a tab; anything else is saved, named as what it is.
                download={viewerOf(f.mime) ? undefined : fileNameFor(f.name, f.mime, f.role)}
              >
                {f.role === 'upload' ? `Open ${f.name}` : `Open ${fileRoleLabels[f.role]}`}
              </a>{' '}
              <span class="muted">({formatBytes(f.size)})</span>
            </li>
          ))}
        </ul>
      )}
      {props.fileUrls && (
        <details class="technical">
          <summary>Technical details</summary>
          <ul aria-label="Technical details of the files">
            {item.files.map((f) => (
              <li>
                {f.role === 'upload' ? f.name : fileRoleLabels[f.role]}: format {technicalFormat(f.mime)}, {f.size.toLocaleString('en-US')}{' '}
                bytes, SHA-256 fingerprint <code class="hash">{f.sha256}</code>
              </li>
            ))}
          </ul>
        </details>
      )}
      <details onToggle={(e) => setEditing((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>Rename, link or delete</summary>
        {editing && (
          <div class="stack">
            <div class="field">
              <label for={`title-${item.id}`}>Name</label>
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
              <span>Sensitive: left out of reports and copies unless you include it</span>
            </label>
            <ConfirmButton
              label="Delete…"
              question={`Delete “${item.title}” and its files from this computer?`}
              onConfirm={props.onDelete}
            />
          </div>
        )}
      </details>
    </article>
  );
}
