import { useEffect, useRef, useState } from 'preact/hooks';
import { EvidenceCard, type Preview } from '../../../components/EvidenceCard';
import { EvidenceLinks } from '../../../components/EvidenceLinks';
import { Loading } from '../../../components/Loading';
import { pageSizes, ShowMore, usePaged } from '../../../components/ShowMore';
import { type UploadChoice, UploadForm } from '../../../components/UploadForm';
import { activeCase } from '../../../lib/db/caseReads';
import { formatBytes, openAs } from '../../../lib/evidence/filetype';
import {
  addDocument,
  checkIntegrity,
  deleteEvidence,
  evidenceOfCase,
  fileData,
  type IntegrityProblem,
  relinkEvidence,
  renameEvidence,
  setSensitive,
  storageErrorMessage,
  vaultSize,
} from '../../../lib/evidence/store';
import { t } from '../../../lib/i18n';
import type { Evidence } from '../../../lib/model';
import { notifyChanged, useLive } from '../hooks';
import { useNotices } from '../notices';
import { linkOptionsOf, linkSummary } from './linkOptions';

/** The proof kept on this computer: upload, preview, rename, relink, delete, check. */
export function ProofView() {
  const { value, error } = useLive(async () => {
    const current = await activeCase();
    if (!current) return { current };
    const [items, options] = await Promise.all([evidenceOfCase(current.id), linkOptionsOf(current.id)]);
    return { current, items, options };
  }, []);
  const [busy, setBusy] = useState(false);
  const [messages, setMessages] = useState<Array<{ ok: boolean; text: string }>>([]);
  const [previews, setPreviews] = useState<Record<string, { preview?: Preview; fileUrls: Record<string, string> }>>({});
  const notices = useNotices();
  const [integrity, setIntegrity] = useState<{ files: number; problems: IntegrityProblem[] } | 'checking' | undefined>();
  const list = useRef<HTMLDivElement>(null);
  const paged = usePaged(value?.items ?? [], pageSizes.proof, list);

  // Blob URLs hold files in memory: let them go when the view closes.
  useEffect(
    () => () => {
      for (const p of Object.values(previews)) for (const u of Object.values(p.fileUrls)) URL.revokeObjectURL(u);
    },
    [],
  );

  if (error || !value) return <Loading error={error} what="Your saved proof" />;
  if (!value.current || !value.items || !value.options)
    return <p class="muted">Start the estate in the Checklist first; then its proof is kept here.</p>;
  const { current, items, options } = value;

  const guard = async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (e) {
      notices.showError(storageErrorMessage(e));
    }
  };

  const onFiles = async (files: File[], choice: UploadChoice) => {
    setBusy(true);
    const results: Array<{ ok: boolean; text: string }> = [];
    for (const file of files) {
      try {
        await addDocument({
          caseId: current.id,
          file,
          documentKind: choice.documentKind,
          sensitive: choice.sensitive,
          accountId: choice.accountId,
        });
        results.push({ ok: true, text: `Kept “${file.name}”.` });
      } catch (e) {
        results.push({ ok: false, text: storageErrorMessage(e) });
      }
    }
    setMessages(results);
    setBusy(false);
    notifyChanged();
  };

  const showPreview = async (item: Evidence) => {
    const fileUrls: Record<string, string> = {};
    for (const f of item.files) {
      const data = await fileData(f.blobId);
      // Typed by the allowlist, whatever type the stored blob has: a web page must never open here.
      if (data) fileUrls[f.blobId] = URL.createObjectURL(new Blob([data], { type: openAs(f.mime) }));
    }
    const shown = item.files.find((f) => f.role === 'screenshot' || f.role === 'upload') ?? item.files.find((f) => f.role === 'text');
    const preview =
      shown && fileUrls[shown.blobId]
        ? { url: fileUrls[shown.blobId]!, mime: shown.mime, name: shown.name, pdfViewer: navigator.pdfViewerEnabled !== false }
        : undefined;
    setPreviews((p) => ({ ...p, [item.id]: { preview, fileUrls } }));
  };

  return (
    <section aria-labelledby="vault-heading">
      <h1 id="vault-heading">Proof</h1>
      <p class="muted">Saved pages and documents for {current.deceasedName}'s accounts. They stay on this computer.</p>
      <StorageBox used={vaultSize(items)} />

      <h2>Add documents</h2>
      <UploadForm accounts={options.accounts} busy={busy} onFiles={onFiles} />
      {messages.length > 0 && (
        <div role="status">
          <ul class="messages" aria-label="What happened to your files">
            {messages.map((m) => (
              <li class={m.ok ? 'ok' : 'error'}>{m.text}</li>
            ))}
          </ul>
        </div>
      )}

      <h2>
        Kept here <span class="status">{items.length}</span>
      </h2>
      {items.length === 0 && <p class="muted">Nothing yet. Save a provider's page from the Checklist, or add a document above.</p>}
      <div class="evidence-list" ref={list}>
        {paged.shown.map((item) => (
          <EvidenceCard
            key={item.id}
            item={item}
            linkSummary={linkSummary(options, item)}
            preview={previews[item.id]?.preview}
            fileUrls={previews[item.id]?.fileUrls}
            onPreview={() => guard(() => showPreview(item))}
            onRename={(title) => guard(() => renameEvidence(item.id, title))}
            onSensitive={(s) => guard(() => setSensitive(item.id, s))}
            onDelete={() => notices.removeWithUndo(`Deleted “${item.title}”.`, () => deleteEvidence(item.id), storageErrorMessage)}
          >
            <EvidenceLinks
              options={options}
              value={{ accountId: item.accountId, taskId: item.taskId, deviceId: item.deviceId, contactId: item.contactId }}
              onChange={(links) => guard(() => relinkEvidence(item.id, links))}
            />
          </EvidenceCard>
        ))}
      </div>
      {paged.hidden > 0 && (
        <ShowMore
          note={t('lists.proofShown', { shown: paged.shown.length, count: items.length })}
          label={t('lists.moreProof')}
          onMore={paged.more}
        />
      )}

      <h2>Check that nothing has changed</h2>
      <p class="muted">Compares every saved page and document with the fingerprint taken the moment it was kept.</p>
      <button
        type="button"
        disabled={integrity === 'checking'}
        onClick={async () => {
          setIntegrity('checking');
          try {
            setIntegrity(await checkIntegrity(current.id));
          } catch (e) {
            setIntegrity(undefined);
            notices.showError(`The check could not finish: ${e instanceof Error ? e.message : String(e)}`);
          }
        }}
      >
        Check that nothing has changed
      </button>
      <div role="status" aria-live="polite">
        {integrity === 'checking' && <p aria-busy="true">Checking…</p>}
        {integrity && integrity !== 'checking' && integrity.problems.length === 0 && (
          <p class="ok">All {integrity.files} files are exactly as they were saved.</p>
        )}
        {integrity && integrity !== 'checking' && integrity.problems.length > 0 && (
          <ul class="error" aria-label="Files that changed">
            {integrity.problems.map((p) => (
              <li>
                “{p.title}”, {p.file}: {p.problem}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

/** Space used, and a request that the browser never clears the vault to make room. */
function StorageBox(props: { used: number }) {
  const [state, setState] = useState<{ usage?: number; quota?: number; persisted?: boolean; asked?: boolean }>({});
  useEffect(() => {
    (async () => {
      const [estimate, persisted] = await Promise.all([navigator.storage.estimate(), navigator.storage.persisted()]);
      setState({ usage: estimate.usage, quota: estimate.quota, persisted });
    })().catch(console.error);
  }, [props.used]);
  return (
    <section class="storage" aria-label="Storage">
      <p>
        Proof kept: <strong>{formatBytes(props.used)}</strong>
        {state.usage !== undefined && <span class="muted"> · all of this extension's data: {formatBytes(state.usage)}</span>}
      </p>
      {state.persisted === true && <p class="muted">The browser will not clear this data to make room.</p>}
      {state.persisted === false && (
        <p>
          {state.asked
            ? 'The browser has not agreed yet; it may decide later. Your proof is still here. To be safe, keep a copy from “Copies” now and then. '
            : 'Your proof is safe here today. If this computer ever runs very short of space, the browser could clear it: ask it to keep it, and keep a copy from “Copies” now and then. '}
          <button type="button" onClick={async () => setState({ ...state, persisted: await navigator.storage.persist(), asked: true })}>
            Ask the browser to keep it
          </button>
        </p>
      )}
    </section>
  );
}
