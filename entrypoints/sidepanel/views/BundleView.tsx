import { useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { BundleExport, type ExportChoices, type ExportState } from '../../../components/BundleExport';
import { BundleImport, type ImportState } from '../../../components/BundleImport';
import { Loading } from '../../../components/Loading';
import { exportBundle } from '../../../lib/bundle/export';
import { applyImport, type ImportPlan, inspectBundle } from '../../../lib/bundle/import';
import { PassphraseNeeded, WrongPassphrase } from '../../../lib/bundle/protect';
import { Refusal } from '../../../lib/bundle/refusal';
import { accountsOfCase, activeCase, listCases } from '../../../lib/db/caseReads';
import { evidenceOfCase, isQuotaError, storageFullMessage } from '../../../lib/evidence/store';
import { t } from '../../../lib/i18n';
import { providerName } from '../../../lib/labels';
import { isBlackedOutCopy } from '../../../lib/redact/copy';
import { downloadFile } from '../download';
import { notifyChanged, useLive } from '../hooks';
import { useSummaries } from '../recognition';

/** Free space for this extension's data, if the browser says. */
async function freeBytes(): Promise<number | undefined> {
  const estimate = await navigator.storage?.estimate?.();
  return estimate?.quota !== undefined ? estimate.quota - (estimate.usage ?? 0) : undefined;
}

/** The address of the report page (entrypoints/report) for these choices. */
function reportAddress(caseId: string, choices: ExportChoices): string {
  const query = new URLSearchParams({ case: caseId });
  if (choices.accountId) query.set('account', choices.accountId);
  if (choices.includeSensitive) query.set('sensitive', '1');
  if (choices.includeOriginals) query.set('originals', '1');
  if (choices.fullAccountNumbers) query.set('numbers', 'full');
  return browser.runtime.getURL(`/report.html?${query}`);
}

/** A refusal in plain words, with what exactly was found; any other failure in its own words. */
function refusedState(e: unknown): ImportState {
  if (e instanceof Refusal) return { kind: 'refused', reason: e.plain(), detail: e.message };
  return { kind: 'refused', reason: (e as Error).message };
}

/** The report of the estate (or one account) to read and print, a copy anyone can check; importing a copy, apart. */
export function BundleView(props: { accountId?: string }) {
  const { value, error } = useLive(async () => {
    const current = await activeCase();
    const accounts = current ? await accountsOfCase(current.id) : [];
    const cases = await listCases();
    // Whether any document has a blacked-out copy: the export then asks about the originals apart.
    const hasBlackedOutCopies = current ? (await evidenceOfCase(current.id)).some(isBlackedOutCopy) : false;
    return { current, accounts, cases, hasBlackedOutCopies };
  }, []);
  const matcher = useSummaries(); // built-in and user-tracked providers, by name
  const [exportState, setExportState] = useState<ExportState>({ kind: 'idle' });
  const [importState, setImportState] = useState<ImportState>({ kind: 'idle' });
  const abort = useRef<AbortController | undefined>(undefined);
  const plan = useRef<ImportPlan | undefined>(undefined);
  const chosen = useRef<File | undefined>(undefined); // kept while its passphrase is asked for

  if (error || !value) return <Loading error={error} />;
  const onExport = async (choices: ExportChoices) => {
    if (!value.current) return;
    const controller = new AbortController();
    abort.current = controller;
    setExportState({ kind: 'running', done: 0, total: 0 });
    try {
      const { blob, fileName } = await exportBundle({
        caseId: value.current.id,
        accountId: choices.accountId || undefined,
        includeSensitive: choices.includeSensitive,
        includeOriginals: choices.includeOriginals,
        accountNumbers: choices.fullAccountNumbers ? 'full' : 'last4',
        passphrase: choices.passphrase,
        signal: controller.signal,
        onProgress: (done, total) => setExportState({ kind: 'running', done, total }),
      });
      // The Blob's large parts are the stored files, on disk: the page holds none of their bytes.
      controller.signal.throwIfAborted();
      downloadFile(blob, fileName); // named after the case and the day
      setExportState({ kind: 'done', fileName, protected: choices.passphrase !== undefined });
    } catch (e) {
      setExportState(controller.signal.aborted ? { kind: 'cancelled' } : { kind: 'failed', message: (e as Error).message });
    }
  };

  const onChoose = async (file: File, passphrase?: string) => {
    plan.current = undefined;
    chosen.current = file;
    setImportState({ kind: 'checking', done: 0, total: file.size });
    try {
      plan.current = await inspectBundle(file, {
        freeBytes: await freeBytes(),
        passphrase,
        onProgress: (done, total) => setImportState({ kind: 'checking', done, total }),
      });
      setImportState({ kind: 'preview', preview: plan.current.preview });
      chosen.current = undefined;
    } catch (e) {
      if (e instanceof PassphraseNeeded || e instanceof WrongPassphrase)
        return setImportState({ kind: 'passphrase', fileName: file.name, wrong: e instanceof WrongPassphrase ? e.message : undefined });
      chosen.current = undefined;
      setImportState(refusedState(e));
    }
  };

  const onImport = async (target: { kind: 'new' } | { kind: 'merge'; caseId: string }) => {
    if (!plan.current) return;
    setImportState({ kind: 'importing' });
    try {
      const { written } = await applyImport(plan.current, target);
      notifyChanged();
      setImportState({
        kind: 'done',
        message: written ? t('copies.imported', { count: written }) : t('copies.alreadyHere'),
      });
    } catch (e) {
      // The import is one transaction: a full disk rolls it all back.
      setImportState(isQuotaError(e) ? { kind: 'refused', reason: storageFullMessage() } : refusedState(e));
    }
    plan.current = undefined;
  };

  return (
    <>
      <section aria-labelledby="export-heading">
        <h2 id="export-heading">{t('copies.exportHeading')}</h2>
        {value.current ? (
          <>
            <p class="muted">{t('copies.exportExplain')}</p>
            <BundleExport
              accounts={value.accounts.map((a) => ({
                id: a.id,
                name: `${providerName(matcher, a.providerId)}${a.accountNumber ? ` (…${a.accountNumber.slice(-4)})` : ''}`,
              }))}
              initialAccountId={props.accountId}
              hasBlackedOutCopies={value.hasBlackedOutCopies}
              state={exportState}
              onExport={onExport}
              onOpenReport={(choices) => {
                browser.tabs.create({ url: reportAddress(value.current!.id, choices) }).catch(console.error);
              }}
              onCancel={() => abort.current?.abort()}
            />
          </>
        ) : (
          <p class="muted">{t('copies.nothingToCopy')}</p>
        )}
      </section>
      <hr class="apart" />
      <section aria-labelledby="import-heading">
        <h2 id="import-heading">{t('copies.importHeading')}</h2>
        <p class="muted">{t('copies.importExplain')}</p>
        <BundleImport
          cases={value.cases.map((c) => ({ id: c.id, name: c.deceasedName }))}
          state={importState}
          onChoose={(file) => onChoose(file)}
          onPassphrase={(passphrase) => chosen.current && onChoose(chosen.current, passphrase)}
          onImport={onImport}
          onReset={() => {
            plan.current = undefined;
            chosen.current = undefined;
            setImportState({ kind: 'idle' });
          }}
        />
      </section>
    </>
  );
}
