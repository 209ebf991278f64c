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
  EstateCase,
  Evidence,
  PromiseMade,
  Setting,
  Task,
  UserProvider,
} from '../model';

export interface StoredBlob {
  id: string;
  data: Blob;
}

export class EstateDb extends Dexie {
  cases!: EntityTable<EstateCase, 'id'>;
  accounts!: EntityTable<Account, 'id'>;
  tasks!: EntityTable<Task, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  devices!: EntityTable<Device, 'id'>;
  documentsSent!: EntityTable<DocumentSent, 'id'>;
  contacts!: EntityTable<Contact, 'id'>;
  promises!: EntityTable<PromiseMade, 'id'>;
  evidence!: EntityTable<Evidence, 'id'>;
  blobs!: EntityTable<StoredBlob, 'id'>;
  userProviders!: EntityTable<UserProvider, 'id'>;

  constructor(name = 'estate') {
    super(name);
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
