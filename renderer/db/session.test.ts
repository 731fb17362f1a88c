import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../shared/domain';
import { auditContent } from '../../shared/audit/auditChain';
import { sessionCommands } from './session';
import { testContext } from './testing/commandTesting';
import { makeTestDb } from './testing/makeTestDb';

const at = Date.UTC(2021, 10, 27, 6, 5);

async function setup(activeSiteId?: string) {
  const db = makeTestDb();
  await db.open();
  if (activeSiteId) await db.settings.put({ key: 'activeSiteId', value: activeSiteId });
  return testContext(db, at, false);
}

/** The audit rows without their running numbers and chain links. */
async function auditRows(ctx: Awaited<ReturnType<typeof setup>>): Promise<Partial<AuditEntry>[]> {
  return (await ctx.db.audit.toArray()).map(auditContent);
}

describe('sessionCommands.signOn', () => {
  it.each([
    ['on the active site', 's1', 's1'],
    ['before any site is active', undefined, null],
  ])('records the one coming on duty %s', async (_, activeSiteId, siteId) => {
    const ctx = await setup(activeSiteId);
    await sessionCommands.signOn(ctx, { name: '王伟', personId: 'p2' });
    expect((await ctx.db.settings.get('operator'))?.value).toEqual({ name: '王伟', personId: 'p2' });
    expect(await auditRows(ctx)).toEqual([
      {
        action: 'update',
        table: 'operator',
        entityId: 'p2',
        siteId,
        operator: '王伟',
        at,
        before: null,
        after: { name: '王伟', personId: 'p2' },
      },
    ]);
  });

  it('refuses a blank name, naming the field, and writes nothing', async () => {
    const ctx = await setup('s1');
    const refused = sessionCommands.signOn(ctx, { name: '   ', personId: null });
    await expect(refused).rejects.toMatchObject({
      name: 'ValidationError',
      message: 'invalid input: operatorName: required',
      issues: [{ code: 'custom', path: ['operatorName'], message: 'required', input: '   ' }],
    });
    expect(await ctx.db.settings.get('operator')).toBeUndefined();
    expect(await ctx.db.audit.count()).toBe(0);
  });
});
