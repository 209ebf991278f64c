import { useRef, useState } from 'preact/hooks';
import { formatDate } from '../lib/dates';
import type { SectionFold } from '../lib/derived/sections';
import { type DeviceDeadline, isOutstanding } from '../lib/derived/states';
import { t } from '../lib/i18n';
import { deviceKindLabels, deviceStateLabels, returnMethodLabels } from '../lib/labels';
import type { Device, DeviceKind } from '../lib/model';
import { deviceKinds, returnMethods } from '../lib/model/codes';
import { ConfirmButton } from './ConfirmButton';
import { Disclosure } from './Disclosure';
import { Field } from './Field';
import { FoldSection } from './FoldSection';
import { FormActions } from './FormActions';
import { inputValue, type SaveRecord, useRecordEditor } from './RecordEditor';
import { pageSizes, ShowMore, usePaged } from './ShowMore';
import { useAddForm, useFocusWhenShown } from './useAddForm';

export interface DeviceSectionProps {
  /** Bumped by a quick action: open the add form and bring it into view. */
  addRequest?: number;
  devices: Array<{ device: Device; deadline: DeviceDeadline }>;
  /** Kinds the provider rents out, offered first. */
  suggestedKinds: DeviceKind[];
  blankDevice: () => Device;
  /** Today's date: the return date a device gets when it is marked returned without one. */
  today: string;
  onSave: SaveRecord<Device>;
  onDelete: (device: Device) => void;
  /** Folded or open, and its one line (lib/derived/sections.ts); open as the view says. */
  fold: SectionFold;
  open: boolean;
  onToggle: (open: boolean) => void;
  /** The id of a device that must be among those shown (a reminder opens it). */
  reveal?: string;
}

/** Each device on its own, with its own return proof: nothing is "the equipment". */
export function DeviceSection(props: DeviceSectionProps) {
  const { section, adding, setAdding, closingOnSave } = useAddForm(props.blankDevice, props.addRequest);
  const { setFocusId, saved } = useFocusWhenShown(props.devices);
  const save = closingOnSave(props.onSave);
  // The first pageSizes.devices, then more at each "Show more devices"; one a reminder opens or just added is always shown.
  const list = useRef<HTMLUListElement>(null);
  const paged = usePaged(props.devices, pageSizes.devices, list, ({ device }) => device.id === props.reveal || saved(device.id));
  return (
    <FoldSection heading={t('account.equipment')} fold={props.fold} open={props.open} onToggle={props.onToggle} sectionRef={section}>
      {props.devices.length === 0 && <p class="muted">{t('account.noDevices')}</p>}
      <ul class="records" ref={list}>
        {paged.shown.map(({ device, deadline }) => (
          <DeviceItem
            key={device.id}
            device={device}
            deadline={deadline}
            today={props.today}
            onSave={props.onSave}
            onDelete={props.onDelete}
          />
        ))}
      </ul>
      {paged.hidden > 0 && (
        <ShowMore
          note={t('lists.devicesShown', { shown: paged.shown.length, count: props.devices.length })}
          label={t('lists.moreDevices')}
          onMore={paged.more}
        />
      )}
      {adding && (
        <AddDevice
          device={adding}
          kinds={props.suggestedKinds}
          onCancel={() => setAdding(null)}
          onSave={(device) => {
            const errors = save(device);
            if (!errors) setFocusId(device.id);
            return errors;
          }}
        />
      )}
    </FoldSection>
  );
}

function AddDevice(props: { device: Device; kinds: DeviceKind[]; onSave: SaveRecord<Device>; onCancel: () => void }) {
  const [draft, setDraft] = useState<Device>(props.device);
  // Laid over the draft as it is now: two changes before a redraw are both kept.
  const set = (patch: Partial<Device>) => setDraft((d) => ({ ...d, ...patch }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const ordered = [...props.kinds, ...deviceKinds.filter((k) => !props.kinds.includes(k))];
  return (
    <form
      class="stack card"
      aria-label={t('account.addDevice')}
      onSubmit={(e) => {
        e.preventDefault();
        setErrors(props.onSave(draft) ?? {});
      }}
    >
      <Field label={t('account.deviceKind')} error={errors.kind}>
        <select value={draft.kind ?? ''} onChange={(e) => set({ kind: inputValue(e) as DeviceKind })}>
          <option value="">{t('account.choose')}</option>
          {ordered.map((k) => (
            <option value={k}>{deviceKindLabels[k]}</option>
          ))}
        </select>
      </Field>
      <Field label={t('account.deviceName')} hint={t('account.deviceNameExample')} error={errors.label}>
        <input value={draft.label ?? ''} onInput={(e) => set({ label: inputValue(e) })} />
      </Field>
      <Field label={t('account.serialOptional')} error={errors.serial}>
        <input value={draft.serial ?? ''} onInput={(e) => set({ serial: inputValue(e) || undefined })} />
      </Field>
      <FormActions submitLabel={t('account.addDeviceSubmit')} onCancel={props.onCancel} />
    </form>
  );
}

function DeviceItem(props: {
  device: Device;
  deadline: DeviceDeadline;
  today: string;
  onSave: SaveRecord<Device>;
  onDelete: (d: Device) => void;
}) {
  const { draft, errors, change, bind } = useRecordEditor(props.device, props.onSave);
  const { deadline, device: saved } = props;
  // What is shown as the device's state is what is stored (the heading counts the same),
  // never a choice that could not be saved.
  const outstanding = isOutstanding(saved);
  const unsaved = draft.state !== saved.state;
  const [filledToday, setFilledToday] = useState(false);
  return (
    <li
      class={`record device${deadline.overdue ? ' overdue' : ''}`}
      aria-label={draft.label}
      data-testid="device"
      id={`record-${saved.id}`}
      tabIndex={-1}
    >
      <div class="record-head">
        <strong>{draft.label}</strong> <span class="muted">{deviceKindLabels[draft.kind]}</span>
        <span class={outstanding ? (deadline.overdue ? 'pill danger' : 'pill warn') : 'pill ok'} data-testid="device-state">
          {deadline.overdue ? t('account.overdue') : deviceStateLabels[saved.state]}
        </span>
      </div>
      {unsaved && (
        <p class="error" role="alert">
          {t('account.notSavedYet', { state: deviceStateLabels[draft.state] })}
        </p>
      )}
      {outstanding && deadline.returnBy && (
        <p class={deadline.overdue ? 'error' : 'muted'}>
          {t(deadline.basis === 'return_window' ? 'account.returnByWindow' : 'account.returnBy', { date: formatDate(deadline.returnBy) })}
          {deadline.feeUsd !== undefined && ` ${t('account.unreturnedFee', { fee: deadline.feeUsd })}`}
        </p>
      )}
      {outstanding && !deadline.returnBy && deadline.feeUsd !== undefined && (
        <p class="muted">{t('account.unreturnedFee', { fee: deadline.feeUsd })}</p>
      )}
      {saved.state === 'returned' && (saved.returnedOn || saved.receipt) && (
        <p class="muted">
          {t('account.returnedDate', { date: formatDate(saved.returnedOn) })}
          {saved.receipt && <> · {t('account.receipt', { receipt: saved.receipt })}</>}
        </p>
      )}
      <Disclosure summary={t('account.returnDetailsFor', { label: draft.label })}>
        {() => (
          <div class="stack">
            <Field label={t('account.whereItIs')} error={errors.state}>
              <select
                value={draft.state}
                onChange={(e) => {
                  const state = inputValue(e) as Device['state'];
                  // Returned without a date: saved with today's date, shown below to correct,
                  // so the state and its return date are always saved together.
                  const fill = state === 'returned' && !draft.returnedOn;
                  setFilledToday(fill);
                  change(fill ? { state, returnedOn: props.today } : { state });
                }}
              >
                {Object.entries(deviceStateLabels).map(([value, label]) => (
                  <option value={value}>{label}</option>
                ))}
              </select>
            </Field>
            <Field label={t('account.howReturned')} error={errors.returnMethod}>
              <select
                value={draft.returnMethod ?? ''}
                onChange={(e) => change({ returnMethod: (inputValue(e) || undefined) as Device['returnMethod'] })}
              >
                <option value="">{t('account.notChosenYet')}</option>
                {returnMethods.map((m) => (
                  <option value={m}>{returnMethodLabels[m]}</option>
                ))}
              </select>
            </Field>
            <Field
              label={t('account.returnedOn')}
              hint={filledToday && draft.returnedOn === props.today ? t('account.filledToday') : undefined}
              error={errors.returnedOn}
            >
              <input type="date" {...bind('returnedOn')} />
            </Field>
            <Field label={t('account.receiptOrTracking')} error={errors.receipt}>
              <input {...bind('receipt')} />
            </Field>
            <Field label={t('account.returnByField')} error={errors.returnBy}>
              <input type="date" {...bind('returnBy')} />
            </Field>
            <Field label={t('account.serial')} error={errors.serial}>
              <input {...bind('serial')} />
            </Field>
            <ConfirmButton
              label={t('account.deleteDevice', { label: draft.label })}
              question={t('account.deleteDeviceQuestion', { label: draft.label })}
              onConfirm={() => props.onDelete(props.device)}
            />
          </div>
        )}
      </Disclosure>
    </li>
  );
}
