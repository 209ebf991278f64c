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
import { open, SealError, seal, utf8 } from './crypto';

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

/** Opened units (a row, or a step) not changed since: their seal, and the fields it holds. */
const pristine = new WeakMap<object, { seal: Uint8Array; aad: string; fields: readonly string[]; changed: boolean }>();

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
  const known = pristine.get(unit);
  if (
    known &&
    !known.changed &&
    known.aad === aad &&
    spec.fields.every((field) => Object.hasOwn(unit, field) === known.fields.includes(field))
  )
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

/**
 * The unit with getters for its secret fields, which open its seal (once, shared by its
 * fields) on first read. The getters carry their unit's state with them, so a copy made
 * with the unit's property descriptors (lib/derived's withFields) opens the same way.
 */
function openUnit(unit: Row, fields: readonly string[], sealBytes: Uint8Array, aad: string, key: Uint8Array): Row {
  const state = { seal: sealBytes, aad, fields, changed: false };
  pristine.set(unit, state);
  let opened: Row | undefined;
  const read = () => {
    opened ??= JSON.parse(new TextDecoder().decode(open(key, sealBytes, utf8(aad)))) as Row;
    return opened;
  };
  const descriptors: PropertyDescriptorMap = {};
  for (const field of fields) {
    descriptors[field] = {
      enumerable: true,
      configurable: true,
      get(this: object) {
        const value = read()[field];
        settle(this, field, value);
        return value;
      },
      set(this: object, value: unknown) {
        if (this === unit) state.changed = true;
        settle(this, field, value);
      },
    };
  }
  return Object.defineProperties(unit, descriptors);
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
  const { [SEALED_FIELD]: raw, ...clear } = row;
  const part = partOf(raw, !!spec.nested);
  if (!spec.nested) return openUnit(clear, part.f, part.d, aadOf(spec, row), key);
  // Each step's fields, and its seal's place in d, in the order of the step ids in f.
  const byStep = new Map<string, { fields: string[]; seal: Uint8Array }>();
  for (const name of part.f) {
    const cut = name.lastIndexOf('/');
    const id = name.slice(0, cut);
    let entry = byStep.get(id);
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
    return entry ? openUnit({ ...step }, entry.fields, entry.seal, aadOf(spec, row, step), key) : step;
  });
  return { ...clear, [spec.nested]: steps };
}

/** The row with every secret opened now, as plain fields (a damaged part fails here). */
export function openRowNow(spec: SealSpec, row: Row, key: Uint8Array): Row {
  const opened = openRow(spec, row, key);
  if (!spec.nested) return { ...opened };
  return { ...opened, [spec.nested]: unitsOf(spec, opened).map((unit) => ({ ...unit })) };
}
