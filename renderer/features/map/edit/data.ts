import {
  checkpointSchema,
  entranceSchema,
  perimeterWorkSchema,
  postSchema,
  type Geometry,
  type PerimeterWork,
  type PerimeterWorkKind,
  type Point,
} from '../../../../shared/domain';
import { runCommand } from '../../../db/command';
import type { CommandContext } from '../../../db/commandContext';
import { RefusedError } from '../../../db/errors';
import { unplace, type PlacedTable } from './places';

/**
 * The map's edit commands. Each writes through `runCommand` (schema-checked, audited in
 * one transaction) and returns the edit that undoes it, so the screen can keep an undo
 * stack without knowing how each edit is made.
 */
/** What moves like a point: the same tables that can be placed. */
export type MovableTable = PlacedTable;
export type UndoEdit =
  | { kind: 'move'; table: MovableTable; id: string; to: Point }
  | { kind: 'geometry'; id: string; geometry: Geometry }
  | { kind: 'delete'; id: string }
  | { kind: 'restore'; work: PerimeterWork }
  | { kind: 'unplace'; table: PlacedTable; id: string };

/** Deleting a work that upgrade items point at would leave them pointing at nothing. */
export class WorkInUseError extends RefusedError {
  constructor(readonly count: number) {
    super('mapEdit.inUse', { count }, `work has ${count} upgrade item(s)`);
    this.name = 'WorkInUseError';
  }
}

const schemas = { entrances: entranceSchema, posts: postSchema, checkpoints: checkpointSchema } as const;

/** Moves an entrance, post or checkpoint; undone by moving it back. */
export async function movePoint(ctx: CommandContext, table: MovableTable, id: string, to: Point): Promise<UndoEdit> {
  return runCommand(ctx, [table], async (w) => {
    // One branch per table keeps each write typed with its own schema.
    const position = { x: to.x, y: to.y };
    const before =
      table === 'entrances'
        ? (await w.update('entrances', schemas.entrances, id, () => ({ position }))).before.position
        : table === 'posts'
          ? (await w.update('posts', schemas.posts, id, () => ({ position }))).before.position
          : (await w.update('checkpoints', schemas.checkpoints, id, () => ({ position }))).before.position;
    return { kind: 'move', table, id, to: before };
  });
}

/** Replaces a work's geometry (a symbol moved, a line reshaped); undone by the old one. */
export async function updateWorkGeometry(ctx: CommandContext, id: string, geometry: Geometry): Promise<UndoEdit> {
  return runCommand(ctx, ['perimeterWorks'], async (w) => {
    const { before } = await w.update('perimeterWorks', perimeterWorkSchema, id, () => ({ geometry }));
    return { kind: 'geometry', id, geometry: before.geometry };
  });
}

export const moveWork = (ctx: CommandContext, id: string, to: Point) =>
  updateWorkGeometry(ctx, id, { type: 'point', at: { x: to.x, y: to.y } });

/** A new line or symbol, planned, unlabelled; undone by deleting it. */
export async function createWork(
  ctx: CommandContext,
  input: { siteId: string; kind: PerimeterWorkKind; geometry: Geometry; label?: string },
): Promise<{ work: PerimeterWork; undo: UndoEdit }> {
  return runCommand(ctx, ['perimeterWorks'], async (w) => {
    const work = await w.create('perimeterWorks', perimeterWorkSchema, {
      id: crypto.randomUUID(),
      siteId: input.siteId,
      kind: input.kind,
      label: input.label ?? '',
      geometry: input.geometry,
      state: 'planned',
    });
    return { work, undo: { kind: 'delete', id: work.id } };
  });
}

/** Deletes a work no upgrade item refers to; undone by recreating it with the same id. */
export async function deleteWork(ctx: CommandContext, id: string): Promise<UndoEdit> {
  return runCommand(ctx, ['perimeterWorks', 'upgradeItems'], async (w) => {
    const items = await ctx.db.upgradeItems.where('workId').equals(id).count();
    if (items > 0) throw new WorkInUseError(items);
    const work = await w.remove('perimeterWorks', id);
    return { kind: 'restore', work };
  });
}

/** Puts a deleted work back as it was, id and all. */
export async function restoreWork(ctx: CommandContext, work: PerimeterWork): Promise<UndoEdit> {
  return runCommand(ctx, ['perimeterWorks'], async (w) => {
    const row = await w.create('perimeterWorks', perimeterWorkSchema, work);
    return { kind: 'delete', id: row.id };
  });
}

/** Applies an undo edit: itself an ordinary audited command. */
export async function applyUndo(ctx: CommandContext, edit: UndoEdit): Promise<void> {
  switch (edit.kind) {
    case 'move':
      await movePoint(ctx, edit.table, edit.id, edit.to);
      return;
    case 'geometry':
      await updateWorkGeometry(ctx, edit.id, edit.geometry);
      return;
    case 'delete':
      await deleteWork(ctx, edit.id);
      return;
    case 'restore':
      await restoreWork(ctx, edit.work);
      return;
    case 'unplace':
      await unplace(ctx, edit.table, edit.id);
      return;
  }
}
