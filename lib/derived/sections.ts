/**
 * Whether a section of the account screen (equipment, documents sent, contact log)
 * shows open or folded, and the one line it shows either way. Derived from the
 * records and today's date, never stored: a section whose work is done folds to a
 * line that says so ("3 devices, all returned"); a section with something open says
 * first what needs doing ("1 device is past its return date") and opens.
 */
import { t } from '../i18n';
import type { Device, DocumentSent, Escalation, PromiseMade } from '../model';
import { isOutstanding, promiseStatus } from './states';

/** How the line reads: `danger` something is overdue or broken; `warn` something is open; `ok` all done; `quiet` nothing recorded yet. */
export type FoldTone = 'danger' | 'warn' | 'ok' | 'quiet';

export interface SectionFold {
  /** Open when something in it needs doing. */
  open: boolean;
  /** One line: what needs doing first when something does, else what it holds. */
  line: string;
  tone: FoldTone;
}

const joined = (parts: Array<string | false>) => parts.filter(Boolean).join(t('account.foldSeparator'));

/** Equipment: done once every device is returned or kept; a device past its return date comes first. */
export function deviceFold(devices: ReadonlyArray<{ device: Pick<Device, 'state'>; overdue: boolean }>): SectionFold {
  const count = devices.length;
  if (count === 0) return { open: false, line: t('account.foldDevicesNone'), tone: 'quiet' };
  const out = devices.filter(({ device }) => isOutstanding(device));
  const overdue = out.filter((d) => d.overdue).length;
  const returned = devices.filter(({ device }) => device.state === 'returned').length;
  const kept = devices.filter(({ device }) => device.state === 'keep').length;
  if (out.length === 0) {
    const line =
      kept === 0
        ? t(count === 2 ? 'account.foldDevicesBothReturned' : 'account.foldDevicesAllReturned', { count })
        : returned === 0
          ? t(count === 2 ? 'account.foldDevicesBothKept' : 'account.foldDevicesAllKept', { count })
          : t('account.foldDevicesReturnedKept', { count, returned, kept });
    return { open: false, line, tone: 'ok' };
  }
  return {
    open: true,
    line: joined([
      overdue > 0 && t('account.foldDevicesOverdue', { count: overdue }),
      out.length > overdue &&
        t(overdue > 0 ? 'account.foldDevicesMoreToReturn' : 'account.foldDevicesToReturn', { count: out.length - overdue }),
      returned > 0 && t('account.foldReturned', { count: returned }),
      kept > 0 && t('account.foldKept', { count: kept }),
    ]),
    tone: overdue > 0 ? 'danger' : 'warn',
  };
}

/** Documents sent: done once every one is acknowledged; those still waiting come first. */
export function documentFold(documents: ReadonlyArray<Pick<DocumentSent, 'acknowledgedOn'>>): SectionFold {
  const count = documents.length;
  if (count === 0) return { open: false, line: t('account.foldDocumentsNone'), tone: 'quiet' };
  const waiting = documents.filter((d) => !d.acknowledgedOn).length;
  if (waiting === 0)
    return {
      open: false,
      line: t(count === 2 ? 'account.foldDocumentsBothAcknowledged' : 'account.foldDocumentsAllAcknowledged', { count }),
      tone: 'ok',
    };
  return {
    open: true,
    line: joined([
      t('account.foldDocumentsWaiting', { count: waiting }),
      count > waiting && t('account.foldAcknowledged', { count: count - waiting }),
    ]),
    tone: 'warn',
  };
}

/**
 * Contact log (calls and messages, and the escalations among them): done when no promise is left open and no
 * escalation awaits its answer; a promise not kept comes first, then an answer awaited, then promises still to come.
 */
export function contactFold(
  contacts: number,
  promises: ReadonlyArray<Pick<PromiseMade, 'dueDate' | 'resolution'>>,
  today: string,
  escalations: ReadonlyArray<Pick<Escalation, 'followUpDate' | 'answeredOn'>> = [],
): SectionFold {
  const awaited = escalations.filter((e) => e.followUpDate && !e.answeredOn).length;
  if (contacts === 0 && escalations.length === 0) return { open: false, line: t('account.foldContactsNone'), tone: 'quiet' };
  const status = promises.map((p) => promiseStatus(p, today));
  const broken = status.filter((s) => s === 'broken').length;
  const pending = status.filter((s) => s === 'pending').length;
  const kept = status.length - broken - pending;
  if (broken + pending + awaited === 0)
    return {
      open: false,
      line: t(kept > 0 ? 'account.foldContactsPromisesKept' : 'account.foldContactsDone', { count: contacts }),
      tone: 'ok',
    };
  return {
    open: true,
    line: joined([
      broken > 0 && t('account.foldPromisesBroken', { count: broken }),
      awaited > 0 && t('account.foldAnswersAwaited', { count: awaited }),
      pending > 0 && t('account.foldPromisesOpen', { count: pending }),
      contacts > 0 && t('account.foldContactsCount', { count: contacts }),
    ]),
    tone: broken > 0 ? 'danger' : 'warn',
  };
}
