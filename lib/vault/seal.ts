/**
 * Sealing a stored row: its secret fields (lib/model/records' `secret` lists) are
 * taken out and stored encrypted, together, in the row's `_vault` field; the rest
 * stays as it was, so the database's indexes and the badge still work.
 *
 *   { id, caseId, summary: 'Called...', at }  ->  { id, caseId, at, _vault: { f: ['summary'], d: <bytes> } }
 *
 * `f` names the secret fields the row has (which fields are filled in is readable;
 * what they hold is not). `d` is AES-256-GCM (lib/vault/crypto) of their JSON, with
 * the table and the row's key as additional data. A checklist (all steps of one
 * account in one row) is sealed as one value holding the secret fields of every step.
 *
 * Opening is lazy for ordinary rows: the opened row has the secret fields as getters
 * that decrypt on first use. The panel's first screen reads hundreds of devices and
 * promises for their states and dates only; decrypting each would cost it ~70 µs a
 * row for nothing. A spread, JSON.stringify or IndexedDB's structured clone reads the
 * getters like plain fields.
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
  /** A list of the row whose elements hold the secret fields (a checklist's `steps`). */
  nested?: string;
  /** Only rows this picks are sealed (default: all). */
  only?: (row: Row) => boolean;
}

/** The sealed part of a row. */
export interface SealedPart {
  /** The secret fields present (absent for a nested spec). */
  f?: string[];
  /** IV || ciphertext || tag. */
  d: Uint8Array;
}

export function isSealed(row: unknown): row is Row & { [SEALED_FIELD]: SealedPart } {
  return !!row && typeof row === 'object' && Object.hasOwn(row, SEALED_FIELD);
}

export function appliesTo(spec: SealSpec, row: unknown): row is Row {
  return !!row && typeof row === 'object' && (!spec.only || spec.only(row as Row));
}

function aadOf(spec: SealSpec, row: Row): Uint8Array {
  return utf8(`estate:${spec.table}:${String(row[spec.keyPath])}`);
}

const has = (unit: Row, field: string) => Object.hasOwn(unit, field) && unit[field] !== undefined;

/** True when the row (or one of its nested elements) holds a secret field in the clear. */
export function hasSecrets(spec: SealSpec, row: Row): boolean {
  const units = spec.nested ? ((row[spec.nested] as Row[] | undefined) ?? []) : [row];
  return units.some((unit) => spec.fields.some((field) => has(unit, field)));
}

function split(spec: SealSpec, unit: Row): { clear: Row; secret: Row } {
  const clear: Row = {};
  const secret: Row = {};
  for (const name of Object.keys(unit)) {
    if (spec.fields.includes(name)) {
      if (unit[name] !== undefined) secret[name] = unit[name];
    } else clear[name] = unit[name];
  }
  return { clear, secret };
}

/** The row with its secret fields sealed (a new object; the row given is not changed). */
export function sealRow(spec: SealSpec, row: Row, key: Uint8Array): Row {
  if (spec.nested) {
    const units = (row[spec.nested] as Row[] | undefined) ?? [];
    const parts = units.map((unit) => split(spec, unit));
    const d = seal(key, utf8(JSON.stringify(parts.map((p) => p.secret))), aadOf(spec, row));
    return { ...row, [spec.nested]: parts.map((p) => p.clear), [SEALED_FIELD]: { d } };
  }
  const { clear, secret } = split(spec, row);
  const f = Object.keys(secret);
  return { ...clear, [SEALED_FIELD]: { f, d: seal(key, utf8(JSON.stringify(secret)), aadOf(spec, row)) } };
}

function openPart(spec: SealSpec, row: Row, key: Uint8Array): unknown {
  const part = row[SEALED_FIELD] as SealedPart;
  if (!part || !(part.d instanceof Uint8Array)) throw new SealError('This record is damaged.');
  return JSON.parse(new TextDecoder().decode(open(key, part.d, aadOf(spec, row))));
}

/**
 * The row with its secret fields back. A nested row is opened at once (one value for
 * all its steps); an ordinary row gets getters that open it on first use. Throws
 * SealError (at once, or on first use) when the sealed part does not authenticate.
 */
export function openRow(spec: SealSpec, row: Row, key: Uint8Array): Row {
  const { [SEALED_FIELD]: part, ...clear } = row;
  if (spec.nested) {
    const secrets = openPart(spec, row, key) as Row[];
    const units = (clear[spec.nested] as Row[] | undefined) ?? [];
    if (!Array.isArray(secrets) || secrets.length !== units.length) throw new SealError('This record is damaged.');
    return { ...clear, [spec.nested]: units.map((unit, i) => ({ ...unit, ...secrets[i] })) };
  }
  const fields = (part as SealedPart).f ?? [];
  let opened: Row | undefined;
  const value = (field: string) => {
    opened ??= openPart(spec, row, key) as Row;
    return opened[field];
  };
  for (const field of fields) {
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
        settle(v);
      },
    });
  }
  return clear;
}
