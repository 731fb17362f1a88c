import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { CordonDb } from './CordonDb';
import { makeTestDb } from './testing/makeTestDb';
import { currentSchemaVersion, schemaVersions } from './versions';

describe('schema versions', () => {
  it('are numbered upwards without gaps and each declares every table', () => {
    schemaVersions.forEach((v, i) => expect(v.version).toBe(i + 1));
    const tables = Object.keys(
      new CordonDb('probe', { indexedDB: new IDBFactory() }).tables.reduce<Record<string, true>>(
        (m, t) => ({ ...m, [t.name]: true }),
        {},
      ),
    );
    expect(tables.sort()).toEqual(Object.keys(schemaVersions[0]?.stores ?? {}).sort());
  });

  // Every older version a user may still have on disk: open it, write, reopen at the current one.
  for (const old of schemaVersions) {
    it(`carries data written at version ${old.version} to version ${currentSchemaVersion}`, async () => {
      const factory = new IDBFactory();
      const before = makeTestDb({ factory, upTo: old.version });
      await before.open();
      expect(before.verno).toBe(old.version);
      await before.sites.add({
        id: 's1',
        name: '香樟苑',
        town: '三林镇',
        timeZone: 'Asia/Shanghai',
        residents: 2600,
        closureStartedAt: 1,
        plan: { kind: 'bundled', name: 'xiangzhangyuan', width: 1000, height: 700, metresPerUnit: 0.25 },
        createdAt: 1,
      });
      await before.entrances.add({
        id: 'e1',
        siteId: 's1',
        number: 1,
        name: '主通道',
        kind: 'passage',
        state: 'controlled-open',
        position: { x: 1, y: 2 },
        note: '',
      });
      await before.audit.add({
        at: 1,
        operator: '王伟',
        action: 'create',
        table: 'entrances',
        entityId: 'e1',
        siteId: 's1',
        before: null,
        after: null,
      });
      before.close();

      const after = makeTestDb({ factory });
      await after.open();
      expect(after.verno).toBe(currentSchemaVersion);
      expect((await after.sites.get('s1'))?.name).toBe('香樟苑');
      expect(await after.entrances.where('[siteId+number]').equals(['s1', 1]).count()).toBe(1);
      expect(await after.audit.where('[siteId+seq]').between(['s1', 0], ['s1', Infinity]).count()).toBe(1);
      after.close();
    });
  }
});
