import { describe, expect, it } from 'vitest';
import { seededDemo } from './testing/seededDemo';
import { makeTestDb } from './testing/makeTestDb';
import { lostSite, rememberSite, rememberedSite } from './lostStore';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
  };
}

describe('a store that lost its site', () => {
  it('is told from a site reset or deleted by the app, whose audit chain stays', async () => {
    const storage = memoryStorage();
    expect(rememberedSite(storage)).toBeNull();
    const { db, site } = await seededDemo(Date.UTC(2021, 10, 28, 2));
    rememberSite(storage, site);
    const remembered = rememberedSite(storage);
    expect(remembered).toEqual({ id: site.id, name: site.name });

    // The site there: nothing lost.
    expect(await lostSite(db, remembered)).toBeNull();
    // The site's rows gone but its chain kept (a reset, a deletion): nothing lost.
    await db.sites.delete(site.id);
    expect(await lostSite(db, remembered)).toBeNull();
    // A store with neither (the browser started it afresh): the site is lost.
    const empty = makeTestDb();
    await empty.open();
    expect(await lostSite(empty, remembered)).toEqual({ id: site.id, name: site.name });
  });

  it('reads a remembered value that is not ours as nothing', () => {
    const storage = memoryStorage();
    storage.setItem('cordon.lastSite', '{not json');
    expect(rememberedSite(storage)).toBeNull();
    storage.setItem('cordon.lastSite', '{"id":3}');
    expect(rememberedSite(storage)).toBeNull();
  });
});
