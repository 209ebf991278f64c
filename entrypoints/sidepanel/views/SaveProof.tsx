import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { EvidenceLinks } from '../../../components/EvidenceLinks';
import { SaveProofButton } from '../../../components/SaveProofButton';
import { CaptureReply, LAST_CAPTURE } from '../../../lib/capture/capture';
import { relinkEvidence, storageErrorMessage } from '../../../lib/capture/vault';
import { db } from '../../../lib/db';
import { activeCase } from '../../../lib/db/reads';
import { isSaved, saveReferenceToAccount } from '../../../lib/db/references';
import { stepsOfAccount } from '../../../lib/db/steps';
import { findReferenceNumbers } from '../../../lib/page/references';
import { notifyChanged, useLive } from '../hooks';
import { linkOptionsOf } from './linkOptions';

/**
 * "Save this page as proof" for the tab the panel is about. The background does the
 * capture (the same code as the shortcut and the right-click menu) and keeps the
 * result in settings, so a capture started from the shortcut shows here too.
 */
export function SaveProof(props: { tabId?: number }) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<CaptureReply | undefined>();
  const { value } = useLive(async () => {
    const current = await activeCase();
    const raw = (await db().settings.get(LAST_CAPTURE))?.value;
    const parsed = CaptureReply.safeParse(raw);
    const last = parsed.success && parsed.data.tabId === props.tabId ? parsed.data : undefined;
    const evidence = last?.ok ? await db().evidence.get(last.evidenceId) : undefined;
    const options = current ? await linkOptionsOf(current.id) : undefined;
    const account = evidence?.accountId ? await db().accounts.get(evidence.accountId) : undefined;
    const tasks = account ? await stepsOfAccount(account.id) : [];
    const references = evidence
      ? findReferenceNumbers(`${evidence.title}\n${evidence.pageText ?? ''}`).map((r) => ({
          label: r.label,
          value: r.value,
          saved: !!account && isSaved(r.value, account, tasks),
        }))
      : [];
    return { current, last, evidence, options, references };
  }, [props.tabId]);
  if (!value?.current || props.tabId === undefined) return null;
  const { last, evidence, options } = value;
  const result = failure ?? last;

  const save = async (allowAnyPage: boolean) => {
    setBusy(true);
    setFailure(undefined);
    try {
      const reply = CaptureReply.safeParse(await browser.runtime.sendMessage({ type: 'capture-tab', tabId: props.tabId, allowAnyPage }));
      if (!reply.success) throw new Error('the extension did not answer');
    } catch (e) {
      setFailure({ ok: false, at: new Date().toISOString(), tabId: props.tabId!, reason: storageErrorMessage(e), notProvider: false });
    } finally {
      setBusy(false);
    }
  };

  return (
    <SaveProofButton
      busy={busy}
      result={result?.ok && !evidence ? undefined : result}
      onSave={save}
      references={value.references}
      onUseReference={
        evidence?.accountId
          ? (ref) =>
              saveReferenceToAccount(evidence.accountId!, ref, evidence.url).then(notifyChanged, (e) =>
                setFailure({
                  ok: false,
                  at: new Date().toISOString(),
                  tabId: props.tabId!,
                  reason: storageErrorMessage(e),
                  notProvider: false,
                }),
              )
          : undefined
      }
    >
      {evidence && options && (
        <details open={!evidence.accountId}>
          <summary>Link this proof</summary>
          <EvidenceLinks
            options={options}
            value={{ accountId: evidence.accountId, taskId: evidence.taskId, deviceId: evidence.deviceId, contactId: evidence.contactId }}
            onChange={(links) =>
              relinkEvidence(evidence.id, links).catch((e) =>
                setFailure({
                  ok: false,
                  at: new Date().toISOString(),
                  tabId: props.tabId!,
                  reason: storageErrorMessage(e),
                  notProvider: false,
                }),
              )
            }
          />
        </details>
      )}
    </SaveProofButton>
  );
}
