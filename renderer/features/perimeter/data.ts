import { perimeterWorkSchema, upgradeItemSchema, type UpgradeItem, type WorkState } from '../../../shared/domain';
import { runCommand, type EntityWriter } from '../../db/command';
import type { CommandContext } from '../../db/commandContext';
import { ValidationError } from '../../db/errors';
import { moveState } from './stateMove';

/** What a person fills in for an item; state and actual dates move only through advance. */
export type UpgradeItemFields = Pick<
  UpgradeItem,
  'title' | 'workId' | 'responsible' | 'plannedStart' | 'plannedEnd' | 'notes'
>;

const TABLES = ['upgradeItems', 'perimeterWorks'];

/** A plan that ends before it starts is a typing slip, refused like any other bad field. */
function checkPlan(f: Pick<UpgradeItem, 'plannedStart' | 'plannedEnd'>): void {
  if (f.plannedStart !== null && f.plannedEnd !== null && f.plannedEnd < f.plannedStart) {
    throw new ValidationError([
      { code: 'custom', path: ['plannedEnd'], message: 'planned end before planned start', input: f.plannedEnd },
    ]);
  }
}

/** The linked work follows the item's state, in the same transaction; a work since deleted is let be. */
async function moveWork(ctx: CommandContext, w: EntityWriter, workId: string | null, state: WorkState): Promise<void> {
  if (workId === null) return;
  const work = await ctx.db.perimeterWorks.get(workId);
  if (!work || work.state === state) return;
  await w.update('perimeterWorks', perimeterWorkSchema, workId, () => ({ state }));
}

export async function createUpgradeItem(
  ctx: CommandContext,
  siteId: string,
  fields: UpgradeItemFields,
): Promise<UpgradeItem> {
  return runCommand(ctx, TABLES, async (w) => {
    checkPlan(fields);
    return w.create('upgradeItems', upgradeItemSchema, {
      ...fields,
      id: crypto.randomUUID(),
      siteId,
      state: 'planned',
      actualStart: null,
      actualEnd: null,
      checkedBy: '',
      checkedAt: null,
      updatedAt: w.at,
    });
  });
}

export async function updateUpgradeItem(
  ctx: CommandContext,
  id: string,
  fields: UpgradeItemFields,
): Promise<UpgradeItem> {
  return runCommand(ctx, TABLES, async (w) => {
    checkPlan(fields);
    const { after } = await w.update('upgradeItems', upgradeItemSchema, id, () => ({ ...fields, updatedAt: w.at }));
    return after;
  });
}

/**
 * Moves an item to `to` (forward any number of steps, or back), dating the steps as
 * `moveState` says; `by` is who checked it (the operator on duty when not given). Moving
 * to the state it is in writes nothing.
 */
export async function advanceUpgradeItem(
  ctx: CommandContext,
  id: string,
  to: WorkState,
  by?: string,
  reason = '',
): Promise<UpgradeItem> {
  return runCommand(ctx, TABLES, async (w) => {
    const current = await ctx.db.upgradeItems.get(id);
    if (current?.state === to) return current;
    const { after } = await w.update(
      'upgradeItems',
      upgradeItemSchema,
      id,
      (item) => ({ ...moveState(item, to, w.at, by?.trim() || w.operator.name), updatedAt: w.at }),
      reason,
    );
    await moveWork(ctx, w, after.workId, after.state);
    return after;
  });
}

/** Deletes the item only: the work on the map stays as it is. */
export async function deleteUpgradeItem(ctx: CommandContext, id: string): Promise<UpgradeItem> {
  return runCommand(ctx, TABLES, (w) => w.remove('upgradeItems', id));
}
