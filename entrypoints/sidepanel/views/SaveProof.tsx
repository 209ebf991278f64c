import { useState } from 'preact/hooks';
import { EvidenceLinks } from '../../../components/EvidenceLinks';
import { SaveProofButton } from '../../../components/SaveProofButton';
import { activeCase } from '../../../lib/db/caseReads';
import { lastCaptureOfTab } from '../../../lib/db/panelReads';
import { isSaved, saveReferenceToAccount } from '../../../lib/db/references';
import { relinkEvidence, storageErrorMessage } from '../../../lib/evidence/store';
import { t } from '../../../lib/i18n';
import type { CaptureReply } from '../../../lib/messaging/protocol';
import { findReferenceNumbers } from '../../../lib/page/references';
import { notifyChanged, useLive } from '../hooks';
import { send } from '../send';
import { linkOptionsOf } from './linkOptions';

/**
 * "Save this page as proof" for the tab the panel is about. The background does the
 * capture (the same code as the shortcut and the right-click menu) and keeps the
 * result in settings, so a capture started from the shortcut shows here too.
 */
export function SaveProof(props: {
  tabId?: number;
  /** The page's own numbers are offered by the guidance already: not offered a second time here. */
  numbersOfferedElsewhere?: boolean;
}) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<CaptureReply | undefined>();
  const { value } = useLive(async () => {
    const current = await activeCase();
    const { capture: last, evidence, account, steps } = await lastCaptureOfTab(props.tabId);
    // What the saved page can be linked to: every step, device and call of the case (5,000 steps and 2,000
    // calls at the bench's size), so read only once this tab's page was saved and the link editor shows.
    const options = current && evidence ? await linkOptionsOf(current.id) : undefined;
    const references = evidence
      ? findReferenceNumbers(`${evidence.title}\n${evidence.pageText ?? ''}`).map((r) => ({
          label: r.label,
          value: r.value,
          saved: !!account && isSaved(r.value, account, steps),
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
      // The reply is checked on arrival (an unfit one throws); what it says is shown from lastCapture.
      await send({ type: 'capture-tab', tabId: props.tabId!, allowAnyPage });
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
      references={props.numbersOfferedElsewhere ? undefined : value.references}
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
          <summary>{t('account.linkThisProof')}</summary>
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
