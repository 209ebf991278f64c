/**
 * Sealing a stored row: its secret fields (lib/model/records' `secret` lists) are
 * taken out and stored encrypted, together, in the row's `_vault` field; the rest
 * stays as it was, so the database's indexes and the badge still work.
 *
 *   { id, caseId, summary: 'Called...', at }  ->  { id, caseId, at, _vault: { f: ['summary'], d: <bytes> } }
 *
 * `f` names the secret fields the row has (which fields are filled in is readable;
 * what they hold is not). `d` is AES-256-GCM (lib/vault/crypto) of their JSON, with
 * the table and the row's key as additional data, so a sealed part copied to another
 * row does not open.
 *
 * A checklist (all steps of one account in one row) keeps its steps' clear fields
 * (state, dates) in place, and each step's secrets are sealed apart, with the step's
 * id in the additional data, into one byte array for the row: `d` holds the steps'
 * seals one after another, `o` where each ends, and `f` names "stepId/field" in the
 * same order. One array a row, not one a step: the first screen reads 5,000 steps,
 * and 5,000 small arrays slow IndexedDB's structured clone; one seal a step, not one
 * a row: the first screen shows one step title per account, and opening a whole
 * checklist for it would decrypt a hundred.
 *
 * Opening is lazy: the opened row (or step) has its secret fields as getters that
 * decrypt on first use. A spread, JSON.stringify or IndexedDB's structured clone read
 * the getters like plain fields. A row (or step) written back with its secrets
 * unchanged (a clear field set, like a step's `state`) keeps its seal as it was,
 * without decrypting it.
 */
import { open, openBytes, SealError, seal, utf8 } from './crypto';

export const SEALED_FIELD = '_vault';

type Row = Record<string, unknown>;

/** How one table's rows are sealed. */
export interface SealSpec {
  table: string;
  /** The field holding the row's key (the additional data of its seal). */
  keyPath: string;
  /** The secret fields: of the row, or of each element of `nested`. */
  fields: readonly string[];
  /** A list of the row whose elements (with an `id` each) hold the secret fields: a checklist's `steps`. */
  nested?: string;
  /** Only rows this picks are sealed (default: all). */
  only?: (row: Row) => boolean;
}

/** The sealed part of a row. */
export interface SealedPart {
  /** The secret fields present: "field", or "stepId/field" in a checklist. */
  f: string[];
  /** IV || ciphertext || tag; in a checklist, one such seal per step, one after another. */
  d: Uint8Array;
  /** In a checklist: where each step's seal ends in `d`, in the order of the step ids in `f`. */
  o?: number[];
}

export function appliesTo(spec: SealSpec, row: unknown): row is Row {
  return !!row && typeof row === 'object' && (!spec.only || spec.only(row as Row));
}

const isSealed = (row: unknown): boolean => !!row && typeof row === 'object' && Object.hasOwn(row, SEALED_FIELD);
const has = (unit: Row, field: string) => Object.hasOwn(unit, field) && unit[field] !== undefined;
const unitsOf = (spec: SealSpec, row: Row): Row[] => (spec.nested ? ((row[spec.nested] as Row[] | undefined) ?? []) : [row]);
const secretInClear = (spec: SealSpec, row: Row): boolean =>
  unitsOf(spec, row).some((unit) => spec.fields.some((field) => has(unit, field)));

/** The row holds a sealed part. */
export function anySealed(_spec: SealSpec, row: Row): boolean {
  return isSealed(row);
}

/** Nothing secret of the row is in the clear (a stored row: its secrets are sealed, or it has none). */
export function allSealed(spec: SealSpec, row: Row): boolean {
  return !secretInClear(spec, row);
}

/** The row is sealed and has a secret field set too (read while locked, then changed): it cannot be merged. */
export function conflicted(spec: SealSpec, row: Row): boolean {
  return isSealed(row) && secretInClear(spec, row);
}

function aadOf(spec: SealSpec, row: Row, unit?: Row): string {
  return `estate:${spec.table}:${String(row[spec.keyPath])}${unit ? `:${String(unit.id)}` : ''}`;
}

/** An opened unit (a row, or a step): its seal, the fields it holds, and whether one was set since. */
interface Opened {
  /** The unit opened (a copy made with its property descriptors holds the same Opened). */
  unit: object;
  seal: Uint8Array;
  aad: string;
  fields: readonly string[];
  key: Uint8Array;
  changed: boolean;
  /** Its secret fields, once decrypted (on the first read of one). */
  values?: Row;
}

/** Where an opened unit keeps its Opened: a symbol, not enumerable (spreads, JSON and IndexedDB skip it). */
const OPENED = Symbol('opened seal');

const openedOf = (unit: object): Opened | undefined => (unit as { [OPENED]?: Opened })[OPENED];

/** The unit as opened and not changed since (a copy of it is not). */
function pristine(unit: object): Opened | undefined {
  const opened = openedOf(unit);
  return opened?.unit === unit && !opened.changed ? opened : undefined;
}

/** A unit's clear fields, without reading its secret ones (getters stay unread). */
function clearOf(spec: SealSpec, unit: Row): Row {
  const clear: Row = {};
  for (const name of Object.keys(unit)) if (!spec.fields.includes(name)) clear[name] = unit[name];
  return clear;
}

/**
 * One unit's seal and the secret fields in it: its old seal when it was opened with
 * this additional data and nothing secret was set, added or removed since; a new one
 * otherwise (LockedChange without the key). Undefined when it has nothing secret.
 */
function sealUnit(spec: SealSpec, unit: Row, aad: string, key: Uint8Array | undefined): { seal: Uint8Array; fields: string[] } | undefined {
  const known = pristine(unit);
  if (known && known.aad === aad && spec.fields.every((field) => Object.hasOwn(unit, field) === known.fields.includes(field)))
    return { seal: known.seal, fields: [...known.fields] };
  const secret: Row = {};
  for (const name of spec.fields) if (has(unit, name)) secret[name] = unit[name];
  const fields = Object.keys(secret);
  if (fields.length === 0) return undefined;
  if (!key) throw new LockedChange();
  return { seal: seal(key, utf8(JSON.stringify(secret)), utf8(aad)), fields };
}

/** A unit with secrets in the clear was about to be sealed without the key, or a locked read was changed. */
export class LockedChange extends Error {
  override name = 'LockedChange';
}

/**
 * The row with its secret fields sealed (a new object; the row given is not changed).
 * Without the key (undefined), only rows already sealed, or opened and unchanged, can
 * be written: otherwise LockedChange.
 */
export function sealRow(spec: SealSpec, row: Row, key: Uint8Array | undefined): Row {
  if (isSealed(row)) {
    // Read while locked and written back (a clear field changed): its secrets stay sealed. With a
    // secret field set as well, the two could not be merged without the key.
    if (secretInClear(spec, row)) throw new LockedChange();
    return row;
  }
  if (!spec.nested) {
    const sealed = sealUnit(spec, row, aadOf(spec, row), key);
    const clear = clearOf(spec, row);
    return sealed ? { ...clear, [SEALED_FIELD]: { f: sealed.fields, d: sealed.seal } } : clear;
  }
  const f: string[] = [];
  const o: number[] = [];
  const seals: Uint8Array[] = [];
  let end = 0;
  const steps = unitsOf(spec, row).map((unit) => {
    const sealed = sealUnit(spec, unit, aadOf(spec, row, unit), key);
    if (sealed) {
      for (const field of sealed.fields) f.push(`${String(unit.id)}/${field}`);
      seals.push(sealed.seal);
      end += sealed.seal.length;
      o.push(end);
    }
    return clearOf(spec, unit);
  });
  const out = { ...row, [spec.nested]: steps };
  if (seals.length === 0) return out;
  const d = new Uint8Array(end);
  for (const [i, part] of seals.entries()) d.set(part, i === 0 ? 0 : o[i - 1]);
  return { ...out, [SEALED_FIELD]: { f, d, o } };
}

function partOf(raw: unknown, nested: boolean): SealedPart {
  const part = raw as SealedPart;
  if (!part || !(part.d instanceof Uint8Array) || !Array.isArray(part.f) || (nested && !Array.isArray(part.o)))
    throw new SealError('This record is damaged.');
  return part;
}

const decoder = new TextDecoder();

/** The getter and setter of one secret field, shared by every opened unit: each finds its seal under OPENED. */
const accessors = new Map<string, PropertyDescriptor>();

function accessorOf(field: string): PropertyDescriptor {
  let accessor = accessors.get(field);
  if (!accessor) {
    accessor = {
      enumerable: true,
      configurable: true,
      get(this: object) {
        const opened = openedOf(this);
        if (!opened) throw new SealError('This record was copied without its seal.');
        opened.values ??= JSON.parse(decoder.decode(open(opened.key, opened.seal, utf8(opened.aad)))) as Row;
        const value = opened.values[field];
        settle(this, field, value);
        return value;
      },
      set(this: object, value: unknown) {
        const opened = openedOf(this);
        if (opened?.unit === this) opened.changed = true;
        settle(this, field, value);
      },
    };
    accessors.set(field, accessor);
  }
  return accessor;
}

/** The accessors of a list of secret fields, made once per list. */
const accessorLists = new Map<string, PropertyDescriptorMap>();

let lastList: { fields: readonly string[]; accessors: PropertyDescriptorMap } | undefined;

function accessorsOf(fields: readonly string[]): PropertyDescriptorMap {
  // The steps of a checklist mostly hold the same fields: the last list is checked first.
  if (lastList && lastList.fields.length === fields.length && lastList.fields.every((field, i) => field === fields[i]))
    return lastList.accessors;
  const name = fields.join('\n');
  let list = accessorLists.get(name);
  if (!list) {
    list = Object.fromEntries(fields.map((field) => [field, accessorOf(field)]));
    accessorLists.set(name, list);
  }
  lastList = { fields, accessors: list };
  return list;
}

/**
 * The unit (a new object, `source`'s clear fields) with getters for its secret fields,
 * which open its seal (once, shared by its fields) on first read. The getters and setters
 * are shared by all units and find the seal under OPENED, so a copy made with the unit's
 * property descriptors, its symbol one included (lib/derived's withFields), opens the same
 * way. Shared accessors, defined before the clear fields, keep the units' shapes alike:
 * the first screen reads thousands of steps, and accessors of their own per unit made
 * each step a slow dictionary of properties, slow to read and to copy.
 */
function openUnit(source: Row, fields: readonly string[], sealBytes: Uint8Array, aad: string, key: Uint8Array): Row {
  const unit: Row = Object.defineProperties({}, accessorsOf(fields));
  const opened: Opened = { unit, seal: sealBytes, aad, fields, key, changed: false };
  Object.defineProperty(unit, OPENED, { value: opened });
  for (const name of Object.keys(source)) if (name !== SEALED_FIELD && !fields.includes(name)) unit[name] = source[name];
  return unit;
}

/**
 * Opens these units' seals now, through WebCrypto (native code, off the page's thread),
 * for units a screen is about to show: their getters then read the opened values without
 * decrypting (the synchronous AES-GCM in JavaScript costs the first screen ~0.3 ms a seal
 * while its code is cold). Units not sealed, or already opened, are left as they are; a
 * seal that does not open is left to its getter, which throws SealError when read.
 */
export async function openAhead(units: readonly object[]): Promise<void> {
  const waiting = units.map(openedOf).filter((opened): opened is Opened => !!opened && !opened.values);
  await Promise.all(
    waiting.map((opened) =>
      openBytes(opened.key as Uint8Array<ArrayBuffer>, opened.seal as Uint8Array<ArrayBuffer>, utf8(opened.aad)).then(
        (bytes) => {
          opened.values ??= JSON.parse(decoder.decode(bytes)) as Row;
        },
        () => undefined,
      ),
    ),
  );
}

function settle(unit: object, field: string, value: unknown): void {
  Object.defineProperty(unit, field, { value, writable: true, enumerable: true, configurable: true });
}

/**
 * The row with its secret fields back, as getters that open them on first use
 * (SealError then, if a seal does not authenticate). Plain rows stay as they are.
 */
export function openRow(spec: SealSpec, row: Row, key: Uint8Array): Row {
  if (!isSealed(row)) return row;
  if (!spec.nested) {
    const part = partOf(row[SEALED_FIELD], false);
    return openUnit(row, part.f, part.d, aadOf(spec, row), key);
  }
  const { [SEALED_FIELD]: raw, ...clear } = row;
  const part = partOf(raw, true);
  // Each step's fields, and its seal's place in d, in the order of the step ids in f.
  const byStep = new Map<string, { fields: string[]; seal: Uint8Array }>();
  let id = '';
  let entry: { fields: string[]; seal: Uint8Array } | undefined;
  for (const name of part.f) {
    // A step's names come one after another (sealRow writes them so): the same step as the last
    // name when it starts with that id and a '/', and has no other '/' after it.
    const same = entry && name.charCodeAt(id.length) === 47 && name.startsWith(id) && name.indexOf('/', id.length + 1) < 0;
    const cut = same ? id.length : name.lastIndexOf('/');
    if (!same) {
      id = name.slice(0, cut);
      entry = byStep.get(id);
    }
    if (!entry) {
      const i = byStep.size;
      const start = i === 0 ? 0 : (part.o?.[i - 1] ?? Number.NaN);
      const end = part.o?.[i] ?? Number.NaN;
      if (!(start >= 0 && end > start && end <= part.d.length)) throw new SealError('This record is damaged.');
      entry = { fields: [], seal: part.d.subarray(start, end) };
      byStep.set(id, entry);
    }
    entry.fields.push(name.slice(cut + 1));
  }
  const steps = unitsOf(spec, clear).map((step) => {
    const entry = byStep.get(String(step.id));
    return entry ? openUnit(step, entry.fields, entry.seal, aadOf(spec, row, step), key) : step;
  });
  return { ...clear, [spec.nested]: steps };
}

/** The row with every secret opened now, as plain fields (a damaged part fails here). */
export function openRowNow(spec: SealSpec, row: Row, key: Uint8Array): Row {
  const opened = openRow(spec, row, key);
  if (!spec.nested) return { ...opened };
  return { ...opened, [spec.nested]: unitsOf(spec, opened).map((unit) => ({ ...unit })) };
}
