import Dexie from 'dexie';
import { afterEach, beforeEach } from 'vitest';
import { EstateDb, db, useDatabase } from '../../lib/db';

/** Gives every test of the calling file its own empty database, deleted afterwards. */
export function useFreshDatabase(prefix = 'test'): void {
  let name = '';
  beforeEach(() => {
    name = `${prefix}-${crypto.randomUUID()}`;
    useDatabase(new EstateDb(name));
  });
  afterEach(async () => {
    db().close();
    await Dexie.delete(name);
  });
}
