import { useEffect, useRef, useState } from 'preact/hooks';
import { EvidenceCard, type Preview } from '../../../components/EvidenceCard';
import { EvidenceLinks, type LinkValue } from '../../../components/EvidenceLinks';
import { Loading } from '../../../components/Loading';
import { pageSizes, ShowMore, usePageLimit } from '../../../components/ShowMore';
import { type UploadChoice, UploadForm } from '../../../components/UploadForm';
import { activeCase } from '../../../lib/db/caseReads';
import { formatBytes, openAs } from '../../../lib/evidence/filetype';
import {
  addDocument,
  checkIntegrity,
  deleteEvidence,
  fileData,
  type IntegrityProblem,
  proofPage,
  relinkEvidence,
  renameEvidence,
  setSensitive,
  storageErrorMessage,
} from '../../../lib/evidence/store';
import { t } from '../../../lib/i18n';
import type { Evidence } from '../../../lib/model';
import { reasonOf } from '../../../lib/vault/errors';
import { notifyChanged, useLive } from '../hooks';
import { useNotices } from '../notices';
import { linkOptionsNamed, linkOptionsOfAccount, linkSummary } from './linkOptions';

/**
 * The proof kept on this computer: upload, preview, rename, relink, delete, check. Only
 * the pieces on screen are read (the newest 30, then 30 more at each "Show more"), with
 * the records they are linked to; a piece's link choices are read when its editor opens.
 */
export function ProofView() {
  const list = useRef<HTMLDivElement>(null);
  const page = usePageLimit(pageSizes.proof, list);
  const { value, error } = useLive(async () => {
    const current = await activeCase();
    if (!current) return { current };
    const proof = await proofPage(current.id, page.limit);
    return { current, proof, options: await linkOptionsNamed(current.id, proof.items) };
  }, [page.limit]);
  const [busy, setBusy] = useState(false);
  const [messages, setMessages] = useState<Array<{ ok: boolean; text: string }>>([]);
  const [previews, setPreviews] = useState<Record<string, { preview?: Preview; fileUrls: Record<string, string> }>>({});
  const notices = useNotices();
  const [integrity, setIntegrity] = useState<{ files: number; problems: IntegrityProblem[] } | 'checking' | undefined>();
  page.useFocus(value?.proof?.items.length ?? 0);

  // Blob URLs hold files in memory: let them go when the view closes.
  useEffect(
    () => () => {
      for (const p of Object.values(previews)) for (const u of Object.values(p.fileUrls)) URL.revokeObjectURL(u);
    },
    [],
  );

  if (error || !value) return <Loading error={error} what={t('account.savedProof')} />;
  if (!value.current || !value.proof || !value.options) return <p class="muted">{t('account.proofNeedsCase')}</p>;
  const { current, proof, options } = value;
  const items = proof.items;

  const guard = async (work: () => unknown) => {
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
        results.push({ ok: true, text: t('account.keptFile', { name: file.name }) });
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
      <h1 id="vault-heading">{t('account.proof')}</h1>
      <p class="muted">{t('account.proofIntro', { name: current.deceasedName })}</p>
      <StorageBox used={proof.bytes} />

      <h2>{t('account.addDocuments')}</h2>
      <UploadForm accounts={options.accounts} busy={busy} onFiles={onFiles} />
      {messages.length > 0 && (
        <div role="status">
          <ul class="messages" aria-label={t('account.whatHappenedToFiles')}>
            {messages.map((m) => (
              <li class={m.ok ? 'ok' : 'error'}>{m.text}</li>
            ))}
          </ul>
        </div>
      )}

      <h2>
        {t('account.keptHere')} <span class="status">{proof.count}</span>
      </h2>
      {proof.count === 0 && <p class="muted">{t('account.noProofYet')}</p>}
      <div class="evidence-list" ref={list}>
        {items.map((item) => (
          <EvidenceCard
            key={item.id}
            item={item}
            linkSummary={linkSummary(options, item)}
            preview={previews[item.id]?.preview}
            fileUrls={previews[item.id]?.fileUrls}
            onPreview={() => guard(() => showPreview(item))}
            onRename={(title) => guard(() => renameEvidence(item.id, title))}
            onSensitive={(s) => guard(() => setSensitive(item.id, s))}
            onDelete={() =>
              notices.removeWithUndo(t('account.deletedNamed', { title: item.title }), () => deleteEvidence(item.id), storageErrorMessage)
            }
          >
            <ProofLinks
              caseId={current.id}
              value={{ accountId: item.accountId, taskId: item.taskId, deviceId: item.deviceId, contactId: item.contactId }}
              onChange={(links) => guard(() => relinkEvidence(item.id, links))}
            />
          </EvidenceCard>
        ))}
      </div>
      {proof.count > items.length && (
        <ShowMore
          note={t('lists.proofShown', { shown: items.length, count: proof.count })}
          label={t('lists.moreProof')}
          onMore={() => page.more(items.length)}
        />
      )}

      <h2>{t('account.checkUnchanged')}</h2>
      <p class="muted">{t('account.checkUnchangedHint')}</p>
      <button
        type="button"
        disabled={integrity === 'checking'}
        onClick={async () => {
          setIntegrity('checking');
          try {
            setIntegrity(await checkIntegrity(current.id));
          } catch (e) {
            setIntegrity(undefined);
            notices.showError(t('account.checkFailed', { reason: reasonOf(e) }));
          }
        }}
      >
        {t('account.checkUnchanged')}
      </button>
      <div role="status" aria-live="polite">
        {integrity === 'checking' && <p aria-busy="true">{t('account.checking')}</p>}
        {integrity && integrity !== 'checking' && integrity.problems.length === 0 && (
          <p class="ok">{t('account.allFilesUnchanged', { count: integrity.files })}</p>
        )}
        {integrity && integrity !== 'checking' && integrity.problems.length > 0 && (
          <ul class="error" aria-label={t('account.filesChanged')}>
            {integrity.problems.map((p) => (
              <li>{t('account.changedFile', { title: p.title, file: p.file, problem: p.problem })}</li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

/** One piece's link editor (shown only while it is open): the accounts, and the steps, devices and contacts of the one it is linked to. */
function ProofLinks(props: { caseId: string; value: LinkValue; onChange: (value: LinkValue) => void }) {
  const { caseId, value } = props;
  const { value: options, error } = useLive(
    () => (value.accountId ? linkOptionsOfAccount(caseId, value.accountId) : linkOptionsNamed(caseId, [])),
    [caseId, value.accountId],
  );
  if (!options) return <Loading error={error} />;
  return <EvidenceLinks options={options} value={value} onChange={props.onChange} />;
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
    <section class="storage" aria-label={t('account.storage')}>
      <p>
        {t('account.proofKept')} <strong>{formatBytes(props.used)}</strong>
        {state.usage !== undefined && <span class="muted"> {t('account.allExtensionData', { size: formatBytes(state.usage) })}</span>}
      </p>
      {state.persisted === true && <p class="muted">{t('account.storagePersisted')}</p>}
      {state.persisted === false && (
        <p>
          {state.asked ? t('account.storageNotAgreed') : t('account.storageAsk')}{' '}
          <button type="button" onClick={async () => setState({ ...state, persisted: await navigator.storage.persist(), asked: true })}>
            {t('account.askBrowserToKeep')}
          </button>
        </p>
      )}
    </section>
  );
}
