import { describe, expect, it } from 'vitest';
import type { Site } from '../../../../shared/domain';
import type { CommandContext } from '../../../db/commandContext';
import { ValidationError } from '../../../db/errors';
import { makeTestDb } from '../../../db/testing/makeTestDb';
import { setOperator } from '../../operator/data';
import { replacePlan, setPlanScale } from './data';

const site: Site = {
  id: 's1', name: '香樟苑', town: '', timeZone: 'Asia/Shanghai', residents: 0, closureStartedAt: null, createdAt: 0,
  plan: { kind: 'grid', width: 1000, height: 700, metresPerUnit: 0.25 },
};

async function setup(): Promise<CommandContext> {
  const db = makeTestDb({ name: `plan-${Math.random()}` });
  await db.open();
  await db.sites.add(site);
  let t = Date.UTC(2021, 10, 27, 6, 5);
  const ctx = { db, clock: { now: () => (t += 1000) } };
  await setOperator(ctx, { name: '陈静', personId: null });
  return ctx;
}

const picture = (bytes: string) => ({ blob: new Blob([bytes], { type: 'image/png' }), mimeType: 'image/png', width: 500, height: 350, metresPerUnit: 0.5 });

describe('plan commands', () => {
  it('replace the picture and the plan together, with an audit row, and drop the old picture', async () => {
    const ctx = await setup();
    const first = await replacePlan(ctx, 's1', picture('one'));
    expect(first.plan).toMatchObject({ kind: 'image', width: 500, height: 350, metresPerUnit: 0.5, mimeType: 'image/png' });
    const second = await replacePlan(ctx, 's1', picture('two'));
    const keys = await ctx.db.planAssets.toCollection().primaryKeys();
    expect(keys).toEqual([second.plan.kind === 'image' ? second.plan.blobKey : '']);
    const audit = await ctx.db.audit.where('table').equals('sites').toArray();
    expect(audit.map((a) => a.action)).toEqual(['update', 'update']);
    expect(audit[0]?.operator).toBe('陈静');
  });

  it('leave everything as it was when the new plan is refused', async () => {
    const ctx = await setup();
    await expect(replacePlan(ctx, 's1', { ...picture('x'), width: 0 })).rejects.toBeInstanceOf(ValidationError);
    expect(await ctx.db.planAssets.count()).toBe(0);
    expect((await ctx.db.sites.get('s1'))?.plan).toEqual(site.plan);
  });

  it('set the scale, and refuse a scale that is not positive', async () => {
    const ctx = await setup();
    expect((await setPlanScale(ctx, 's1', 0.2)).plan.metresPerUnit).toBe(0.2);
    await expect(setPlanScale(ctx, 's1', 0)).rejects.toBeInstanceOf(ValidationError);
    await expect(setPlanScale(ctx, 's1', Number.NaN)).rejects.toBeInstanceOf(ValidationError);
  });
});
