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
        shiftRules: { minRestMinutes: 480, maxMinutesPer24h: 720, lateGraceMinutes: 15 },
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

  it('gives rows made before the shift screens the fields those screens need', async () => {
    const factory = new IDBFactory();
    const before = makeTestDb({ factory, upTo: 1 });
    await before.open();
    await before.table('sites').add({
      id: 's1',
      name: '香樟苑',
      town: '三林镇',
      timeZone: 'Asia/Shanghai',
      residents: 2600,
      closureStartedAt: 1,
      plan: { kind: 'grid', width: 1000, height: 700, metresPerUnit: 0.25 },
      createdAt: 1,
    });
    await before.table('shiftPatterns').add({
      id: 'p1',
      siteId: 's1',
      name: '三班倒',
      slots: [
        { name: '夜班', startMinute: 0, durationMinutes: 480 },
        { name: '早班', startMinute: 480, durationMinutes: 480 },
      ],
    });
    const shift = { siteId: 's1', patternId: 'p1', date: '2021-11-27', startsAt: 1, endsAt: 2, leaderId: null };
    await before.table('shifts').bulkAdd([
      { ...shift, id: 'sh1', slotIndex: 1 },
      { ...shift, id: 'sh2', slotIndex: 5 },
    ]);
    await before.table('people').add({
      id: 'pe1',
      siteId: 's1',
      name: '张伟',
      phone: '',
      unit: 'police',
      groupId: 'g1',
      role: '组长',
      reserve: false,
    });
    await before.table('groups').add({ id: 'g1', siteId: 's1', name: '秩序维护组', side: 'outside', order: 0 });
    await before.table('assignments').add({
      id: 'a1',
      siteId: 's1',
      shiftId: 'sh1',
      postId: 'po1',
      personId: 'pe1',
      checkedInAt: null,
      checkedOutAt: null,
    });
    await before
      .table('handoverNotes')
      .add({ id: 'n1', siteId: 's1', shiftId: 'sh1', text: '门洞2护栏松动', author: '张伟', at: 3 });
    before.close();

    const after = makeTestDb({ factory });
    await after.open();
    expect(await after.sites.get('s1')).toMatchObject({
      name: '香樟苑',
      shiftRules: { minRestMinutes: 480, maxMinutesPer24h: 720, lateGraceMinutes: 15 },
    });
    expect(await after.people.get('pe1')).toMatchObject({ notes: '', active: true, role: '组长' });
    expect(await after.groups.get('g1')).toMatchObject({ leaderId: null, name: '秩序维护组' });
    expect((await after.shifts.get('sh1'))?.name).toBe('早班');
    // A slot the pattern no longer has: the shift is named by its day rather than left blank.
    expect((await after.shifts.get('sh2'))?.name).toBe('2021-11-27');
    expect(await after.assignments.where('replacesId').equals('x').count()).toBe(0);
    expect((await after.assignments.get('a1'))?.replacesId).toBeNull();
    expect(await after.handoverNotes.get('n1')).toMatchObject({ doneAt: null, doneBy: '', text: '门洞2护栏松动' });
    after.close();
  });
});
