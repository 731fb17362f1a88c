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
import type { CommandDef } from '../../../db/command';
import { RefusedError } from '../../../db/errors';
import type { PlacedTable } from './placeCommands';

/** What moves like a point: the same tables that can be placed. */
export type MovableTable = PlacedTable;

/**
 * The edit that undoes an edit made on the map. Each edit command returns one, so the
 * screen keeps an undo stack without knowing how each edit is made (commands.ts applies it).
 */
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
const movePoint: CommandDef<{ table: MovableTable; id: string; to: Point }, UndoEdit> = {
  tables: ['entrances', 'posts', 'checkpoints'],
  run: async (w, { table, id, to }) => {
    // One branch per table keeps each write typed with its own schema.
    const position = { x: to.x, y: to.y };
    const before =
      table === 'entrances'
        ? (await w.update('entrances', schemas.entrances, id, () => ({ position }))).before.position
        : table === 'posts'
          ? (await w.update('posts', schemas.posts, id, () => ({ position }))).before.position
          : (await w.update('checkpoints', schemas.checkpoints, id, () => ({ position }))).before.position;
    return { kind: 'move', table, id, to: before };
  },
};

/** Replaces a work's geometry (a line reshaped); undone by the old one. */
const updateWorkGeometry: CommandDef<{ id: string; geometry: Geometry }, UndoEdit> = {
  tables: ['perimeterWorks'],
  run: async (w, { id, geometry }) => {
    const { before } = await w.update('perimeterWorks', perimeterWorkSchema, id, () => ({ geometry }));
    return { kind: 'geometry', id, geometry: before.geometry };
  },
};

/** Moves a work drawn as a symbol (a camera, a light) to another point; undone by its old geometry. */
const moveWorkSymbol: CommandDef<{ id: string; to: Point }, UndoEdit> = {
  tables: ['perimeterWorks'],
  run: (w, { id, to }) => updateWorkGeometry.run(w, { id, geometry: { type: 'point', at: { x: to.x, y: to.y } } }),
};

/** A new line or symbol, planned, unlabelled; undone by deleting it. */
const createWork: CommandDef<
  { siteId: string; kind: PerimeterWorkKind; geometry: Geometry; label?: string },
  { work: PerimeterWork; undo: UndoEdit }
> = {
  tables: ['perimeterWorks'],
  run: async (w, input) => {
    const work = await w.create('perimeterWorks', perimeterWorkSchema, {
      id: crypto.randomUUID(),
      siteId: input.siteId,
      kind: input.kind,
      label: input.label ?? '',
      geometry: input.geometry,
      state: 'planned',
    });
    return { work, undo: { kind: 'delete', id: work.id } };
  },
};

/** Deletes a work no upgrade item refers to; undone by recreating it with the same id. */
const deleteWork: CommandDef<{ id: string }, UndoEdit> = {
  tables: ['perimeterWorks', 'upgradeItems'],
  run: async (w, { id }) => {
    const items = await w.db.upgradeItems.where('workId').equals(id).count();
    if (items > 0) throw new WorkInUseError(items);
    const work = await w.remove('perimeterWorks', id);
    return { kind: 'restore', work };
  },
};

/** Puts a deleted work back as it was, id and all. */
const restoreWork: CommandDef<{ work: PerimeterWork }, UndoEdit> = {
  tables: ['perimeterWorks'],
  run: async (w, { work }) => {
    const row = await w.create('perimeterWorks', perimeterWorkSchema, work);
    return { kind: 'delete', id: row.id };
  },
};

/** The map's edits of what is drawn: points moved, lines reshaped, works made and deleted. */
export const workCommandDefs = { movePoint, updateWorkGeometry, moveWorkSymbol, createWork, deleteWork, restoreWork };
