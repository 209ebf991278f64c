import { beforeEach, describe, expect, it } from 'vitest';
import { EstateDb, useDatabase } from '../../../lib/db/database';
import { currentMatcher } from '../../../lib/db/matcher';
import { saveUserProvider } from '../../../lib/db/trackedSites';
import type { UserProvider } from '../../../lib/model';

const coop: UserProvider = {
  id: 'user-mycoop-com',
  name: 'My Co-op Electric',
  category: 'electric',
  domain: 'mycoop.com',
  createdAt: '2026-11-22T10:00:00.000Z',
};

describe('currentMatcher', () => {
  beforeEach(() => useDatabase(new EstateDb(`user-providers-${Math.random()}`)));

  it('reads the tracked sites from the database and follows changes', async () => {
    expect((await currentMatcher()).match('https://mycoop.com/')).toBeNull();
    await saveUserProvider(coop);
    const m = await currentMatcher();
    expect(m.match('https://mycoop.com/')?.provider.name).toBe('My Co-op Electric');
    expect(await currentMatcher()).toBe(m); // unchanged rows: the same matcher, not rebuilt
  });
});
