import {
  perimeterWorkSchema,
  upgradeItemSchema,
  workStates,
  type UpgradeItem,
  type WorkState,
} from '../../../shared/domain';
import { logActivity } from '../../db/activity';
import { defineCommands } from '../../db/command';
import type { EntityWriter } from '../../db/entityWriter';
import { ValidationError } from '../../db/errors';
import { moveState } from './stateMove';

/** What a person fills in for an item; state and actual dates move only through advance. */
export type UpgradeItemFields = Pick<
  UpgradeItem,
  'title' | 'workId' | 'responsible' | 'plannedStart' | 'plannedEnd' | 'notes'
>;

/** A plan that ends before it starts is a typing slip, refused like any other bad field. */
function checkPlan(f: Pick<UpgradeItem, 'plannedStart' | 'plannedEnd'>): void {
  if (f.plannedStart !== null && f.plannedEnd !== null && f.plannedEnd < f.plannedStart) {
    throw new ValidationError([
      { code: 'custom', path: ['plannedEnd'], message: 'planned end before planned start', input: f.plannedEnd },
    ]);
  }
}

/**
 * How works done or checked read in the post's log, in the language of the screen the
 * step was taken on (`by`: who checked it, for a check).
 */
export type DescribeWorkDone = (step: { title: string; state: 'done' | 'checked'; by: string }) => string;

/** The linked work's state follows the item's, in the same transaction; a work since deleted is let be. */
async function followOnWork(w: EntityWriter, workId: string | null, state: WorkState): Promise<void> {
  if (workId === null) return;
  if (!(await w.db.perimeterWorks.get(workId))) return;
  await w.update('perimeterWorks', perimeterWorkSchema, workId, () => ({ state }));
}

/** What the perimeter screen changes: the upgrade items, and the state of the work each is on. */
export const perimeterCommands = defineCommands('perimeter', {
  createUpgradeItem: {
    tables: ['upgradeItems'],
    run: async (w, { siteId, fields }: { siteId: string; fields: UpgradeItemFields }): Promise<UpgradeItem> => {
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
    },
  },

  /**
   * Saves an edit of an item. `opened` is the item as the form showed it: an edit over a
   * change saved since (here or in another window) is refused, not written over it.
   */
  updateUpgradeItem: {
    tables: ['upgradeItems'],
    run: async (w, { opened, fields }: { opened: UpgradeItem; fields: UpgradeItemFields }): Promise<UpgradeItem> => {
      checkPlan(fields);
      const { after } = await w.update(
        'upgradeItems',
        upgradeItemSchema,
        opened.id,
        () => ({ ...fields, updatedAt: w.at }),
        {
          expected: opened,
        },
      );
      return after;
    },
  },

  /**
   * Moves an item to `to` (forward any number of steps, or back), dating the steps as
   * `moveState` says; `by` is who checked it (the operator on duty when not given). Moving
   * to the state it is in writes nothing. A step forward to done or checked is entered in
   * the activity log in the same transaction; a step back (an undo) is in the audit only.
   */
  advanceUpgradeItem: {
    tables: ['upgradeItems', 'perimeterWorks', 'activityLog'],
    run: async (
      w,
      {
        id,
        to,
        by,
        reason = '',
        describe,
      }: { id: string; to: WorkState; by?: string; reason?: string; describe: DescribeWorkDone },
    ): Promise<UpgradeItem> => {
      const current = await w.db.upgradeItems.get(id);
      if (current?.state === to) return current;
      const { after } = await w.update(
        'upgradeItems',
        upgradeItemSchema,
        id,
        (item) => ({ ...moveState(item, to, w.at, by?.trim() || w.operator.name), updatedAt: w.at }),
        { reason },
      );
      const forward = workStates.indexOf(after.state) > workStates.indexOf(current?.state ?? 'planned');
      if (forward && (after.state === 'done' || after.state === 'checked')) {
        await logActivity(w, {
          siteId: after.siteId,
          kind: 'perimeter',
          text: describe({ title: after.title, state: after.state, by: after.checkedBy }),
        });
      }
      // The work's row last, so the trail reads item, log line, work on the map.
      await followOnWork(w, after.workId, after.state);
      return after;
    },
  },

  /** Deletes the item only: the work on the map stays as it is. */
  deleteUpgradeItem: {
    tables: ['upgradeItems'],
    run: (w, { id }: { id: string }) => w.remove('upgradeItems', id),
  },
});
