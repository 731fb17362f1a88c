import { sessionCommands } from './session';
import { describe, expect, it } from 'vitest';
import { entranceSchema, type Entrance } from '../../shared/domain';
import { inCommand } from './testing/commandTesting';
import type { CommandContext } from './commandContext';
import { ChangedSinceError, ValidationError } from './errors';
import { doorway } from './testing/doorway';
import { makeTestDb } from './testing/makeTestDb';

const entrance: Entrance = doorway(3);

async function setup(): Promise<CommandContext> {
  const db = makeTestDb();
  await db.open();
  await db.entrances.add(entrance);
  let t = Date.UTC(2021, 10, 27, 6, 5);
  return { db, clock: { now: () => (t += 1000) } };
}

describe('commands', () => {
  it('signing on is itself audited, by the one coming on duty', async () => {
    const ctx = await setup();
    await sessionCommands.signOn(ctx, { name: '王伟', personId: null });
    await sessionCommands.signOn(ctx, { name: 'Li Na', personId: 'p2' });
    const rows = await ctx.db.audit.where('[table+entityId]').equals(['operator', 'p2']).toArray();
    expect(rows[0]).toMatchObject({
      operator: 'Li Na',
      before: { name: '王伟' },
      after: { name: 'Li Na', personId: 'p2' },
    });
  });

  it('leave nothing behind when the input is invalid or a later step fails', async () => {
    const ctx = await setup();
    await sessionCommands.signOn(ctx, { name: '王伟', personId: null });
    const before = await ctx.db.audit.count();
    await expect(
      inCommand(ctx, ['entrances'], (w) => w.update('entrances', entranceSchema, 'e3', () => ({ number: -1 }))),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      inCommand(ctx, ['entrances'], async (w) => {
        await w.update('entrances', entranceSchema, 'e3', () => ({ state: 'closed' as const }));
        throw new Error('power cut');
      }),
    ).rejects.toThrow('power cut');
    expect(await ctx.db.entrances.get('e3')).toEqual(entrance);
    expect(await ctx.db.audit.count()).toBe(before);
  });

  it('roll the change back when its audit row cannot be written', async () => {
    const ctx = await setup();
    await sessionCommands.signOn(ctx, { name: '王伟', personId: null });
    const before = await ctx.db.audit.count();
    // The audit insert fails inside the transaction, as a full disk would make it fail.
    const refuseAudit = () => {
      throw new Error('audit store full');
    };
    ctx.db.audit.hook('creating', refuseAudit);
    try {
      await expect(
        inCommand(ctx, ['entrances'], (w) =>
          w.update('entrances', entranceSchema, 'e3', () => ({ state: 'closed' as const })),
        ),
      ).rejects.toThrow('audit store full');
      await expect(
        inCommand(ctx, ['entrances'], (w) =>
          w.create('entrances', entranceSchema, { ...entrance, id: 'e9', number: 9 }),
        ),
      ).rejects.toThrow('audit store full');
    } finally {
      ctx.db.audit.hook('creating').unsubscribe(refuseAudit);
    }
    expect(await ctx.db.entrances.toArray()).toEqual([entrance]);
    expect(await ctx.db.audit.count()).toBe(before);
    // With the audit writable again, the same change lands with its row.
    await inCommand(ctx, ['entrances'], (w) =>
      w.update('entrances', entranceSchema, 'e3', () => ({ state: 'closed' as const })),
    );
    expect((await ctx.db.entrances.get('e3'))?.state).toBe('closed');
    expect(await ctx.db.audit.count()).toBe(before + 1);
  });

  it('change many rows at once with one audit row each, or none of them when one is invalid', async () => {
    const ctx = await setup();
    await sessionCommands.signOn(ctx, { name: '王伟', personId: null });
    const more: Entrance[] = [1, 2, 3].map((n) => ({
      ...entrance,
      id: `e${n + 10}`,
      number: n + 10,
      position: { x: n, y: n },
    }));
    await ctx.db.entrances.bulkAdd(more);
    const rows = await ctx.db.entrances.where('siteId').equals('s1').toArray();
    const auditBefore = await ctx.db.audit.count();

    const after = await inCommand(ctx, ['entrances'], (w) =>
      w.updateMany(
        'entrances',
        entranceSchema,
        rows,
        (e) => ({ position: { x: e.position.x * 2, y: e.position.y * 2 } }),
        ' 换了平面图 ',
      ),
    );
    expect(after.map((e) => e.position)).toEqual(rows.map((e) => ({ x: e.position.x * 2, y: e.position.y * 2 })));
    expect((await ctx.db.entrances.get('e12'))?.position).toEqual({ x: 4, y: 4 });
    const audit = (await ctx.db.audit.toArray()).slice(auditBefore);
    expect(audit.map((a) => a.entityId).sort()).toEqual(rows.map((e) => e.id).sort());
    expect(audit[0]).toMatchObject({
      action: 'update',
      table: 'entrances',
      siteId: 's1',
      operator: '王伟',
      reason: '换了平面图',
    });
    const e12 = audit.find((a) => a.entityId === 'e12');
    expect(e12?.before).toMatchObject({ position: { x: 2, y: 2 } });
    expect(e12?.after).toMatchObject({ position: { x: 4, y: 4 } });

    // One row the schema refuses: nothing of the batch is written, nor audited.
    const stored = await ctx.db.entrances.toArray();
    const auditCount = await ctx.db.audit.count();
    await expect(
      inCommand(ctx, ['entrances'], (w) =>
        w.updateMany('entrances', entranceSchema, stored, (e) =>
          e.id === 'e13' ? { number: -1 } : { position: { x: 0, y: 0 } },
        ),
      ),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await ctx.db.entrances.toArray()).toEqual(stored);
    expect(await ctx.db.audit.count()).toBe(auditCount);
  });

  it('store names with markup exactly as typed', async () => {
    const ctx = await setup();
    await sessionCommands.signOn(ctx, { name: '<script>alert(1)</script>', personId: null });
    await inCommand(ctx, ['entrances'], (w) =>
      w.update('entrances', entranceSchema, 'e3', () => ({ name: '<img src=x onerror=alert(1)>' })),
    );
    expect((await ctx.db.entrances.get('e3'))?.name).toBe('<img src=x onerror=alert(1)>');
    expect((await ctx.db.audit.toCollection().last())?.operator).toBe('<script>alert(1)</script>');
  });

  it('refuse an edit opened on a row that has changed since, saying who changed it and when', async () => {
    const ctx = await setup();
    await sessionCommands.signOn(ctx, { name: '王伟', personId: null });
    const opened = await ctx.db.entrances.get('e3');
    if (!opened) throw new Error('no e3');
    // Saved from the row it was opened on: lands.
    await inCommand(ctx, ['entrances'], (w) =>
      w.update('entrances', entranceSchema, 'e3', () => ({ note: '东侧加装护栏' }), { expected: opened }),
    );
    // Another window saved first (李娜, a minute later); this form still holds the row it opened.
    await sessionCommands.signOn(ctx, { name: '李娜', personId: null });
    const savedAt = Date.UTC(2021, 10, 27, 6, 5) + 60_000;
    const other = { db: ctx.db, clock: { now: () => savedAt } };
    await inCommand(other, ['entrances'], (w) =>
      w.update('entrances', entranceSchema, 'e3', () => ({ name: '门洞三' })),
    );
    const stale = { ...opened, note: '东侧加装护栏' };
    const before = await ctx.db.audit.count();
    const refused = inCommand(ctx, ['entrances'], (w) =>
      w.update('entrances', entranceSchema, 'e3', () => ({ note: '西侧也要' }), { expected: stale }),
    );
    await expect(refused).rejects.toBeInstanceOf(ChangedSinceError);
    await expect(refused).rejects.toMatchObject({ by: '李娜', at: savedAt });
    expect(await ctx.db.entrances.get('e3')).toMatchObject({ name: '门洞三', note: '东侧加装护栏' });
    expect(await ctx.db.audit.count()).toBe(before);
  });

  it('write nothing, audit row included, for an update that changes nothing', async () => {
    const ctx = await setup();
    await sessionCommands.signOn(ctx, { name: '王伟', personId: null });
    const before = await ctx.db.audit.count();
    const same = await inCommand(ctx, ['entrances'], (w) =>
      w.update('entrances', entranceSchema, 'e3', () => ({ state: 'sealed' as const, note: '  ' }), {
        reason: '无变化',
      }),
    );
    expect(same.changed).toBe(false);
    expect(same.after).toBe(same.before);
    const many = await inCommand(ctx, ['entrances'], (w) =>
      w.updateMany('entrances', entranceSchema, [entrance], (e) => ({ position: { ...e.position } })),
    );
    expect(many).toEqual([entrance]);
    expect(await ctx.db.audit.count()).toBe(before);
  });

  it('refuse a reason over 500 characters on any update, naming the reason', async () => {
    const ctx = await setup();
    await sessionCommands.signOn(ctx, { name: '王伟', personId: null });
    const refused = inCommand(ctx, ['entrances'], (w) =>
      w.update('entrances', entranceSchema, 'e3', () => ({ state: 'closed' as const }), { reason: 'x'.repeat(501) }),
    );
    await expect(refused).rejects.toMatchObject({ issues: [{ path: ['reason'] }] });
    expect(await ctx.db.entrances.get('e3')).toEqual(entrance);
  });

  it('refuse to sign on without a name that shows, naming the operator field, and write nothing', async () => {
    const ctx = await setup();
    for (const name of ['', '   ', '\u200b\u200b\u200b', 'x'.repeat(121)]) {
      await expect(sessionCommands.signOn(ctx, { name, personId: null })).rejects.toMatchObject({
        issues: [{ path: ['operatorName'] }],
      });
    }
    expect(await ctx.db.settings.get('operator')).toBeUndefined();
    expect(await ctx.db.audit.count()).toBe(0);
  });

  it("set the language, the theme and the wall's colours with nobody on duty, as laptop preferences with no audit row", async () => {
    const ctx = await setup();
    await sessionCommands.setLanguage(ctx, 'en');
    await sessionCommands.setTheme(ctx, 'dark');
    await sessionCommands.setWallTheme(ctx, 'light');
    expect((await ctx.db.settings.get('language'))?.value).toBe('en');
    expect((await ctx.db.settings.get('theme'))?.value).toBe('dark');
    expect((await ctx.db.settings.get('wallTheme'))?.value).toBe('light');
    expect(await ctx.db.audit.count()).toBe(0);
  });
});
