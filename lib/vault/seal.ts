/**
 * Sealing a stored row: its secret fields (lib/model/records' `secret` lists) are
 * taken out and stored encrypted, together, in the row's `_vault` field; the rest
 * stays as it was, so the database's indexes and the badge still work.
 *
 *   { id, caseId, summary: 'Called...', at }  ->  { id, caseId, at, _vault: { f: ['summary'], d: <bytes> } }
 *
 * `f` names the secret fields the row has (which fields are filled in is readable;
 * what they hold is not). `d` is AES-256-GCM (lib/vault/crypto) of their JSON, with
 * the table, the row's key (and a step's id) as additional data, so a sealed part
 * copied to another row does not open. A checklist (all steps of one account in one
 * row) has each step sealed so: a "unit" below is a row, or one step of a checklist.
 *
 * Opening is lazy: the opened unit has its secret fields as getters that decrypt on
 * first use. The panel's first screen reads 5,000 steps, hundreds of devices and
 * promises for their states and dates, and shows one step title per account;
 * decrypting everything would cost it ~70 µs a unit for nothing. A spread,
 * JSON.stringify or IndexedDB's structured clone read the getters like plain fields.
 * An opened unit written back unchanged (a clear field set, like `sensitive`) keeps
 * its sealed part as it was, without decrypting it.
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

/** The sealed part of a unit. */
export interface SealedPart {
  /** The secret fields present. */
  f: string[];
  /** IV || ciphertext || tag. */
  d: Uint8Array;
}

export function appliesTo(spec: SealSpec, row: unknown): row is Row {
  return !!row && typeof row === 'object' && (!spec.only || spec.only(row as Row));
}

const unitSealed = (unit: unknown): boolean => !!unit && typeof unit === 'object' && Object.hasOwn(unit, SEALED_FIELD);
const has = (unit: Row, field: string) => Object.hasOwn(unit, field) && unit[field] !== undefined;
const unitsOf = (spec: SealSpec, row: Row): Row[] => (spec.nested ? ((row[spec.nested] as Row[] | undefined) ?? []) : [row]);

/** Some unit of the row is sealed. */
export function anySealed(spec: SealSpec, row: Row): boolean {
  return unitsOf(spec, row).some(unitSealed);
}

/** Every unit of the row that holds anything secret is sealed: nothing secret is in the clear. */
export function allSealed(spec: SealSpec, row: Row): boolean {
  return unitsOf(spec, row).every((unit) => unitSealed(unit) || !spec.fields.some((field) => has(unit, field)));
}

/** Some unit is sealed and has a secret field set too (read while locked, then changed): it cannot be merged. */
export function conflicted(spec: SealSpec, row: Row): boolean {
  return unitsOf(spec, row).some((unit) => unitSealed(unit) && spec.fields.some((field) => has(unit, field)));
}

function aadOf(spec: SealSpec, row: Row, unit: Row): string {
  return `estate:${spec.table}:${String(row[spec.keyPath])}${spec.nested ? `:${String(unit.id)}` : ''}`;
}

/** Opened units not changed since, with the sealed part they came from. */
const pristine = new WeakMap<object, { part: SealedPart; aad: string; changed: boolean }>();

function sealUnit(spec: SealSpec, unit: Row, aad: string, key: Uint8Array | undefined): Row {
  if (unitSealed(unit)) {
    // Read while locked and written back (a clear field changed): its secrets stay sealed. With a
    // secret field set as well, the two could not be merged without the key.
    if (spec.fields.some((field) => has(unit, field))) throw new LockedChange();
    return unit;
  }
  const known = pristine.get(unit);
  const clear: Row = {};
  const secret: Row = {};
  for (const name of Object.keys(unit)) {
    if (!spec.fields.includes(name)) clear[name] = unit[name];
  }
  // Unchanged since it was opened (no secret set, none added or removed): its sealed part still holds.
  const unchanged =
    known &&
    !known.changed &&
    known.aad === aad &&
    known.part.f.every((field) => Object.hasOwn(unit, field)) &&
    spec.fields.every((field) => !Object.hasOwn(unit, field) || known.part.f.includes(field));
  if (unchanged) {
    return { ...clear, [SEALED_FIELD]: known.part };
  }
  if (!key) throw new LockedChange();
  for (const name of spec.fields) if (has(unit, name)) secret[name] = unit[name];
  const f = Object.keys(secret);
  return { ...clear, [SEALED_FIELD]: { f, d: seal(key, utf8(JSON.stringify(secret)), utf8(aad)) } };
}

/** A unit with secrets in the clear was about to be sealed without the key, or a locked read was changed. */
export class LockedChange extends Error {
  override name = 'LockedChange';
}

/**
 * The row with every unit's secret fields sealed (a new object; the row given is not
 * changed). Without the key (undefined), only units already sealed, or opened and
 * unchanged, can be written: otherwise LockedChange.
 */
export function sealRow(spec: SealSpec, row: Row, key: Uint8Array | undefined): Row {
  if (!spec.nested) return sealUnit(spec, row, aadOf(spec, row, row), key);
  return { ...row, [spec.nested]: unitsOf(spec, row).map((unit) => sealUnit(spec, unit, aadOf(spec, row, unit), key)) };
}

function openUnit(unit: Row, aad: string, key: Uint8Array): Row {
  if (!unitSealed(unit)) return unit;
  const { [SEALED_FIELD]: raw, ...clear } = unit;
  const part = raw as SealedPart;
  if (!part || !(part.d instanceof Uint8Array) || !Array.isArray(part.f)) throw new SealError('This record is damaged.');
  const state = { part, aad, changed: false };
  pristine.set(clear, state);
  let opened: Row | undefined;
  const value = (field: string) => {
    opened ??= JSON.parse(new TextDecoder().decode(open(key, part.d, utf8(aad)))) as Row;
    return opened[field];
  };
  for (const field of part.f) {
    const settle = (v: unknown) => Object.defineProperty(clear, field, { value: v, writable: true, enumerable: true, configurable: true });
    Object.defineProperty(clear, field, {
      enumerable: true,
      configurable: true,
      get() {
        const v = value(field);
        settle(v);
        return v;
      },
      set(v: unknown) {
        state.changed = true;
        settle(v);
      },
    });
  }
  return clear;
}

/**
 * The row with its secret fields back, as getters that open them on first use
 * (SealError then, if a sealed part does not authenticate). Plain units stay as they are.
 */
export function openRow(spec: SealSpec, row: Row, key: Uint8Array): Row {
  if (!spec.nested) return openUnit(row, aadOf(spec, row, row), key);
  return { ...row, [spec.nested]: unitsOf(spec, row).map((unit) => openUnit(unit, aadOf(spec, row, unit), key)) };
}

/** The row with every secret opened now, as plain fields (a damaged part fails here). */
export function openRowNow(spec: SealSpec, row: Row, key: Uint8Array): Row {
  const opened = openRow(spec, row, key);
  if (!spec.nested) return { ...opened };
  return { ...opened, [spec.nested]: unitsOf(spec, opened).map((unit) => ({ ...unit })) };
}
