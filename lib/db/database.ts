/**
 * The extension's IndexedDB, through Dexie. Opened only from extension pages and
 * the service worker (a content script would open the web page's database).
 */
import Dexie, { type EntityTable } from 'dexie';
import type {
  Account,
  Contact,
  Device,
  DocumentSent,
  Escalation,
  EstateCase,
  Evidence,
  PromiseMade,
  Setting,
  Task,
  UserProvider,
} from '../model';
import { keyLoaded } from '../vault/state';
import { type AttentionTableRow, attentionMiddleware, buildAttention } from './attention';
import { followVaultMode, vaultMiddleware, watchVaultMode } from './vault';

/**
 * An account's checklist: all of its steps in one record, under the account's id.
 * The side panel reads a case's thousands of steps as a few dozen records.
 */
export interface Checklist {
  /** The account's id. */
  id: string;
  caseId: string;
  steps: Task[];
}

export interface StoredBlob {
  id: string;
  /** The file's bytes; with the vault lock on, sealed (lib/db/files.ts). */
  data: Blob;
  /** With the vault lock on: the file's own key, wrapped by the vault key. Deleting the row deletes it. */
  fileKey?: Uint8Array;
  /**
   * With the vault lock on: the file's checksums, taken from the bytes sealed and sealed under
   * the file's key (lib/checksums/fileSums.ts). Absent on files sealed before they were kept.
   * Not indexed, so no new version of the database.
   */
  sums?: Uint8Array<ArrayBuffer>;
}

export class EstateDb extends Dexie {
  cases!: EntityTable<EstateCase, 'id'>;
  accounts!: EntityTable<Account, 'id'>;
  checklists!: EntityTable<Checklist, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  devices!: EntityTable<Device, 'id'>;
  documentsSent!: EntityTable<DocumentSent, 'id'>;
  contacts!: EntityTable<Contact, 'id'>;
  promises!: EntityTable<PromiseMade, 'id'>;
  escalations!: EntityTable<Escalation, 'id'>;
  evidence!: EntityTable<Evidence, 'id'>;
  blobs!: EntityTable<StoredBlob, 'id'>;
  userProviders!: EntityTable<UserProvider, 'id'>;
  attention!: EntityTable<AttentionTableRow, 'id'>;

  /**
   * `sealing: false` gives the rows as they are stored, sealed or not: for the
   * switch of the lock (lib/db/vaultSwitch.ts), which seals and opens them itself.
   */
  constructor(name = 'estate', options: { sealing?: boolean } = {}) {
    super(name);
    // Every write of a record the badge counts with updates its account's attention row, in its transaction.
    this.use(attentionMiddleware);
    if (options.sealing !== false) {
      this.use(vaultMiddleware);
      // Before the first read or write: the mode the vault is in, and the key if this browser session has it.
      // (Sticky: again whenever the database is reopened. Reads here go through `vip`, which does not wait for ready.)
      this.on('ready', (vip) => Promise.all([keyLoaded(), followVaultMode(vip)]).then(() => undefined), true);
      watchVaultMode(() => db());
    }
    this.version(1).stores({
      cases: 'id',
      accounts: 'id, caseId, providerId',
      tasks: 'id, caseId, accountId, state, dueDate',
      settings: 'key',
    });
    // v2: the estate workflow (devices, documents sent, contact log, promises), proof
    // (evidence metadata apart from its blobs) and user-added providers. Tasks gain
    // links to the records that prove them.
    this.version(2)
      .stores({
        devices: 'id, caseId, accountId',
        documentsSent: 'id, caseId, accountId',
        contacts: 'id, caseId, accountId, at',
        promises: 'id, caseId, accountId, contactId, dueDate',
        evidence: 'id, caseId, accountId, capturedAt',
        blobs: 'id',
        userProviders: 'id, domain',
      })
      .upgrade(async (tx) => {
        await tx
          .table('tasks')
          .toCollection()
          .modify((task: Task) => {
            task.links ??= { contactIds: [], documentSentIds: [], evidenceIds: [] };
          });
      });
    // v3: each account's steps in one record (Checklist) instead of one record per step:
    // opening the panel on a case with 5,000 steps read 5,000 records. Dexie drops the
    // old table only after this upgrade has copied it.
    this.version(3)
      .stores({ tasks: null, checklists: 'id, caseId' })
      .upgrade(async (tx) => {
        const byAccount = new Map<string, Checklist>();
        await tx.table('tasks').each((task: Task) => {
          const checklist = byAccount.get(task.accountId) ?? { id: task.accountId, caseId: task.caseId, steps: [] };
          checklist.steps.push(task);
          byAccount.set(task.accountId, checklist);
        });
        await tx.table('checklists').bulkAdd([...byAccount.values()]);
      });
    // v4: the escalation ladder (issue 15). A broken promise used to be the end of the
    // record; climbing a rung (a supervisor, the provider's written channel, a regulator,
    // the BBB) is now an escalation of its own, with its follow-up. A new table: the
    // records already kept need no change.
    this.version(4).stores({ escalations: 'id, caseId, accountId' });
    // v5: what the badge counts with, one row per account, kept up to date by every write
    // (lib/db/attention.ts). The badge read every step, promise, device, document and
    // contact of the case on each change: 0.5 s with 10,000 steps, each time the user
    // ticked one. Built here from the records already kept, read as stored (sealed or
    // not: the rows hold nothing secret, so no key is needed).
    this.version(5)
      .stores({ attention: 'id, caseId' })
      .upgrade(async (tx) => {
        await tx.table('attention').bulkPut(await buildAttention(tx.idbtrans));
      });
    // v6: the panel reads the part of a long list it shows, not the whole list (issue 17):
    // an account's latest calls by [accountId+at], a case's newest proof by
    // [caseId+capturedAt], each with a count of the rest. With 2,000 calls on one account,
    // opening it read and derived all 2,000 to show 20; the Proof tab read 2,000 pieces of
    // proof to show 30. Both indexes are on fields the lock leaves readable (ids and
    // dates, lib/model/records.ts), so they work the same with the lock on. IndexedDB
    // builds them from the records already kept. The attention rows are built again: each
    // account's now also holds the bytes of its proof's files (the Proof tab's total,
    // which read every piece of proof); proof sealed by the lock has its files' list
    // sealed, so its size stays unknown here and that total is counted from the proof.
    this.version(6)
      .stores({
        contacts: 'id, caseId, accountId, at, [accountId+at]',
        evidence: 'id, caseId, accountId, capturedAt, [caseId+capturedAt]',
      })
      .upgrade(async (tx) => {
        await tx.table('attention').clear();
        await tx.table('attention').bulkPut(await buildAttention(tx.idbtrans));
      });
  }
}

let instance: EstateDb | undefined;

/** The one database of this context. */
export function db(): EstateDb {
  instance ??= new EstateDb();
  return instance;
}

/** For tests: a fresh database under another name. */
export function useDatabase(database: EstateDb): void {
  instance = database;
}
