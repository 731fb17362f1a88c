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
    const declared = new Set(schemaVersions.flatMap((v) => Object.keys(v.stores)));
    expect(tables.sort()).toEqual([...declared].sort());
  });

  // Every older version a user may still have on disk: open it, write, reopen at the current one.
  for (const old of schemaVersions) {
    it(`carries data written at version ${old.version} to version ${currentSchemaVersion}`, async () => {
      const factory = new IDBFactory();
      const before = makeTestDb({ factory, upTo: old.version });
      await before.open();
      expect(before.verno).toBe(old.version);
      await before.table('sites').add({
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

  it('gives routes, rounds, visits and log entries made before round recording what it needs', async () => {
    const factory = new IDBFactory();
    const before = makeTestDb({ factory, upTo: 2 });
    await before.open();
    await before.table('sites').add({
      id: 's1',
      name: '香樟苑',
      town: '三林镇',
      timeZone: 'Asia/Shanghai',
      residents: 2600,
      closureStartedAt: 5000,
      plan: { kind: 'grid', width: 1000, height: 700, metresPerUnit: 0.25 },
      shiftRules: { minRestMinutes: 480, maxMinutesPer24h: 720, lateGraceMinutes: 15 },
      createdAt: 1,
    });
    await before
      .table('patrolRoutes')
      .add({ id: 'r1', siteId: 's1', name: '外围巡逻', intervalMinutes: 60, expectedMinutes: 25, active: true });
    await before.table('checkpoints').bulkAdd([
      { id: 'c2', siteId: 's1', routeId: 'r1', order: 2, name: '北墙', position: { x: 2, y: 2 } },
      { id: 'c1', siteId: 's1', routeId: 'r1', order: 1, name: '西墙', position: { x: 1, y: 1 } },
    ]);
    await before.table('patrols').add({
      id: 'pa1',
      siteId: 's1',
      routeId: 'r1',
      dueAt: 3_600_000,
      startedAt: 3_700_000,
      endedAt: 5_000_000,
      personIds: ['pe1'],
      note: '',
    });
    await before.table('checkpointVisits').bulkAdd([
      {
        id: 'v1',
        siteId: 's1',
        patrolId: 'pa1',
        checkpointId: 'c1',
        at: 3_800_000,
        observation: 'all-clear',
        note: '',
      },
      {
        id: 'v2',
        siteId: 's1',
        patrolId: 'pa1',
        checkpointId: 'c2',
        at: 3_900_000,
        observation: 'observation',
        note: '网破',
      },
    ]);
    await before
      .table('activityLog')
      .add({ id: 'l1', siteId: 's1', at: 7, kind: 'note', text: '封控开始', operator: '王伟' });
    before.close();

    const after = makeTestDb({ factory });
    await after.open();
    expect((await after.sites.get('s1'))?.patrolRules).toEqual({ startGraceMinutes: 10, overrunGraceMinutes: 10 });
    expect(await after.patrolRoutes.get('r1')).toMatchObject({
      fixedTimes: [],
      people: 2,
      order: 'fixed',
      startsAt: 5000,
    });
    expect(await after.checkpoints.get('c1')).toMatchObject({ checks: '', active: true });
    expect(await after.patrols.get('pa1')).toMatchObject({
      routeName: '外围巡逻',
      ordered: true,
      checkpoints: [
        { id: 'c1', name: '西墙', checks: '' },
        { id: 'c2', name: '北墙', checks: '' },
      ],
    });
    expect(await after.checkpointVisits.get('v1')).toMatchObject({ status: 'reached', category: null });
    expect(await after.checkpointVisits.get('v2')).toMatchObject({ status: 'reached', category: 'other' });
    expect(await after.activityLog.get('l1')).toMatchObject({ recordedAt: 7, correctsId: null, incidentId: null });
    expect(await after.incidents.where('[siteId+state]').equals(['s1', 'open']).count()).toBe(0);
    after.close();
  });
});
