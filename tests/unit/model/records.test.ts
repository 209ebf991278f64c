import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BundleCase } from '../../../lib/bundle/schema';
import { EstateDb } from '../../../lib/db/database';
import {
  accountRecordKinds,
  caseRecordKinds,
  type RecordReference,
  recordKind,
  recordKinds,
  referencedIds,
  withoutMissingReferences,
} from '../../../lib/model/records';

/** The schema of a field, reaching into objects (links.contactIds) and through defaults. */
function fieldSchema(schema: z.ZodObject, field: string): z.ZodType {
  let at: z.ZodType = schema;
  for (const name of field.split('.')) {
    while (at instanceof z.ZodDefault || at instanceof z.ZodOptional) at = at.unwrap() as z.ZodType;
    const shape = (at as z.ZodObject).shape;
    expect(shape, `${field} reaches into an object`).toBeDefined();
    at = shape[name] as z.ZodType;
    expect(at, `${field} is a field of the schema`).toBeDefined();
  }
  return at;
}

describe('the table of record kinds', () => {
  it('has one entry for each record of case.json, in the order of case.json', () => {
    const meta = ['formatVersion', 'asOf', 'scope', 'accountNumbers', 'sensitiveIncluded', 'originalsIncluded'];
    expect(Object.keys(BundleCase.shape)).toEqual([...meta, ...recordKinds.map((k) => k.key), 'files']);
    // The order of case.json, which must not change (a re-export matches the bundle byte for byte).
    expect(recordKinds.map((k) => k.key)).toEqual([
      'case',
      'accounts',
      'tasks',
      'devices',
      'documentsSent',
      'contacts',
      'promises',
      'escalations',
      'evidence',
      'userProviders',
    ]);
    for (const kind of recordKinds) {
      const entry = BundleCase.shape[kind.key];
      if (kind.scope === 'root') expect(entry).toBe(kind.schema);
      // A kind added after format 1 defaults to an empty list (a bundle written before it has none).
      else if ('laterInBundles' in kind) expect((entry as z.ZodDefault<z.ZodArray>).unwrap().element).toBe(kind.schema);
      else expect((entry as z.ZodArray).element).toBe(kind.schema);
    }
  });

  it('covers every table of the database but the settings, the files and what the badge counts with', () => {
    const tables = new EstateDb('records-tables').tables.map((t) => t.name);
    // attention: kept from the records by their writes (lib/db/attention.ts), not a kind of record.
    expect(new Set(recordKinds.map((k) => k.table))).toEqual(
      new Set(tables.filter((t) => !['settings', 'blobs', 'attention'].includes(t))),
    );
  });

  it('names each kind once, and its table once (steps share none: they are in the checklists)', () => {
    expect(new Set(recordKinds.map((k) => k.key)).size).toBe(recordKinds.length);
    expect(new Set(recordKinds.map((k) => k.table)).size).toBe(recordKinds.length);
    expect(recordKinds.filter((k) => k.storage === 'checklist').map((k) => [k.key, k.table])).toEqual([['tasks', 'checklists']]);
  });

  it('indexes each kind stored in a table by what it belongs to', () => {
    const schema = new Map(new EstateDb('records-indexes').tables.map((t) => [t.name, t.schema]));
    for (const kind of recordKinds) {
      if (kind.storage !== 'table') continue;
      const indexes = schema.get(kind.table)!.indexes.map((i) => i.name);
      if (kind.scope === 'case' || kind.scope === 'account') expect(indexes, kind.key).toContain('caseId');
      if (kind.scope === 'account') expect(indexes, kind.key).toContain('accountId');
    }
  });

  it('lets every row of the case name its case, and every row of an account its account', () => {
    for (const kind of caseRecordKinds) expect(Object.keys(kind.schema.shape), kind.key).toContain('caseId');
    for (const kind of accountRecordKinds) {
      expect(
        kind.references.filter((r: RecordReference) => r.field === 'accountId').map((r) => r.to),
        kind.key,
      ).toEqual(['accounts']);
    }
    expect(accountRecordKinds.map((k) => k.key)).toEqual([
      'tasks',
      'devices',
      'documentsSent',
      'contacts',
      'promises',
      'escalations',
      'evidence',
    ]);
  });

  it('describes each reference as its schema has it: an existing field, a list or one id, optional or not', () => {
    for (const kind of recordKinds) {
      for (const ref of kind.references as readonly RecordReference[]) {
        const where = `${kind.key}.${ref.field}`;
        expect(
          recordKinds.map((k) => k.key),
          where,
        ).toContain(ref.to);
        expect(
          caseRecordKinds.map((k) => k.key),
          `${where} points into the case`,
        ).toContain(ref.to);
        const field = fieldSchema(kind.schema, ref.field);
        expect(field.safeParse(['a']).success, `${where} is a list`).toBe(!!ref.many);
        if (!ref.many) expect(field.safeParse(undefined).success, `${where} may be absent`).toBe(!!ref.optional);
      }
    }
  });

  it('marks the kinds that list files, and those list their blob ids', () => {
    expect(recordKinds.filter((k) => k.files).map((k) => k.key)).toEqual(['evidence']);
    for (const kind of recordKinds.filter((k) => k.files)) {
      const files = fieldSchema(kind.schema, 'files') as z.ZodArray;
      expect(Object.keys((files.element as z.ZodObject).shape)).toContain('blobId');
    }
  });

  it('has a label for people, used in messages', () => {
    expect(recordKind('documentsSent').label).toEqual({ one: 'document sent', many: 'documents sent' });
    expect(recordKind('evidence').label).toEqual({ one: 'evidence', many: 'pieces of evidence' });
    for (const kind of recordKinds) expect(kind.label.one && kind.label.many).toBeTruthy();
  });
});

describe('references of a row', () => {
  const task = recordKind('tasks');
  const step = {
    id: 't1',
    accountId: 'a1',
    promiseId: 'p1',
    links: { contactIds: ['c1', 'c2'], documentSentIds: [], evidenceIds: ['e1'] },
  };

  it('reads the ids a row names, one or several', () => {
    expect(task.references.map((ref) => referencedIds(step, ref))).toEqual([['a1'], ['p1'], ['c1', 'c2'], [], ['e1']]);
    expect(referencedIds({ id: 'e' }, recordKind('evidence').references[1])).toEqual([]);
  });

  it('drops what points at missing records: ids from lists, optional ids; required ids stay', () => {
    const known = new Set(['c2']);
    const out = withoutMissingReferences(step, task, (_, id) => known.has(id));
    expect(out).toEqual({ ...step, promiseId: undefined, links: { contactIds: ['c2'], documentSentIds: [], evidenceIds: [] } });
    expect(step.links.contactIds).toEqual(['c1', 'c2']); // the row itself is not changed
  });

  it('asks about each id with the kind it points at, and returns the same row when all are there', () => {
    const asked: string[] = [];
    const out = withoutMissingReferences(step, task, (to, id) => {
      asked.push(`${to}:${id}`);
      return true;
    });
    expect(out).toBe(step);
    expect(asked).toEqual(['accounts:a1', 'promises:p1', 'contacts:c1', 'contacts:c2', 'evidence:e1']);
  });
});
