import {
  checkpointSchema,
  entranceSchema,
  postSchema,
  type Checkpoint,
  type Entrance,
  type EntranceKind,
  type EntranceState,
  type Point,
  type Post,
} from '../../../../shared/domain';
import { runCommand } from '../../../db/command';
import type { CommandContext } from '../../../db/commandContext';
import { NotFoundError, RefusedError } from '../../../db/errors';

/**
 * New entrances, posts and checkpoints placed on the map in edit mode, and taking a
 * placement back (undo). Each is one audited command.
 */
export type PlacedTable = 'entrances' | 'posts' | 'checkpoints';

/** Taking back a placement that records already point at would leave them pointing at nothing. */
export class PlacedInUseError extends RefusedError {
  constructor(readonly count: number) {
    super('mapEdit.placedInUse', { count }, `placed item has ${count} record(s) pointing at it`);
    this.name = 'PlacedInUseError';
  }
}

/** The sheet and the map go by entrance number: two entrances with one number would be read as one. */
export class EntranceNumberTakenError extends RefusedError {
  constructor(readonly number: number) {
    super('mapEdit.numberTaken', { number }, `entrance number ${number} is taken`);
    this.name = 'EntranceNumberTakenError';
  }
}

const at = (p: Point): Point => ({ x: p.x, y: p.y });

export async function placeEntrance(
  ctx: CommandContext,
  input: { siteId: string; number: number; name: string; kind: EntranceKind; state: EntranceState; position: Point },
): Promise<Entrance> {
  return runCommand(ctx, ['entrances'], async (w) => {
    // A number that is no number is the schema's to refuse; only a valid one can be looked up.
    const taken =
      Number.isInteger(input.number) && input.number > 0
        ? await ctx.db.entrances.where('[siteId+number]').equals([input.siteId, input.number]).count()
        : 0;
    if (taken > 0) throw new EntranceNumberTakenError(input.number);
    return w.create('entrances', entranceSchema, {
      id: crypto.randomUUID(),
      ...input,
      name: input.name.trim(),
      position: at(input.position),
      note: '',
    });
  });
}

export async function placePost(
  ctx: CommandContext,
  input: { siteId: string; name: string; entranceId: string | null; minStaff: number; position: Point },
): Promise<Post> {
  return runCommand(ctx, ['posts', 'entrances'], async (w) => {
    const entrance = input.entranceId === null ? null : await ctx.db.entrances.get(input.entranceId);
    if (input.entranceId !== null && entrance?.siteId !== input.siteId)
      throw new NotFoundError('entrances', input.entranceId);
    const last = await ctx.db.posts
      .where('[siteId+order]')
      .between([input.siteId, -Infinity], [input.siteId, Infinity])
      .last();
    return w.create('posts', postSchema, {
      id: crypto.randomUUID(),
      ...input,
      name: input.name.trim(),
      position: at(input.position),
      order: (last?.order ?? -1) + 1,
    });
  });
}

/** A checkpoint at the end of its route's round. */
export async function placeCheckpoint(
  ctx: CommandContext,
  input: { siteId: string; routeId: string; name: string; position: Point },
): Promise<Checkpoint> {
  return runCommand(ctx, ['checkpoints', 'patrolRoutes'], async (w) => {
    const route = await ctx.db.patrolRoutes.get(input.routeId);
    if (route?.siteId !== input.siteId) throw new NotFoundError('patrolRoutes', input.routeId);
    const last = await ctx.db.checkpoints
      .where('[routeId+order]')
      .between([input.routeId, -Infinity], [input.routeId, Infinity])
      .last();
    return w.create('checkpoints', checkpointSchema, {
      id: crypto.randomUUID(),
      ...input,
      name: input.name.trim(),
      position: at(input.position),
      order: (last?.order ?? 0) + 1,
    });
  });
}

/** How many records point at a placed entrance, post or checkpoint. */
async function references(ctx: CommandContext, table: PlacedTable, id: string, siteId: string): Promise<number> {
  const { db } = ctx;
  if (table === 'entrances') {
    const [posts, crossings] = await Promise.all([
      db.posts.where('entranceId').equals(id).count(),
      db.entranceLog.where('[entranceId+at]').between([id, -Infinity], [id, Infinity]).count(),
    ]);
    return posts + crossings;
  }
  if (table === 'posts') return db.assignments.where('postId').equals(id).count();
  return db.checkpointVisits
    .where('siteId')
    .equals(siteId)
    .filter((v) => v.checkpointId === id)
    .count();
}

/** Removes a placed entrance, post or checkpoint nothing refers to yet. */
export async function unplace(ctx: CommandContext, table: PlacedTable, id: string): Promise<void> {
  await runCommand(ctx, [table, 'posts', 'entranceLog', 'assignments', 'checkpointVisits'], async (w) => {
    const row = await ctx.db.table<{ siteId: string }, string>(table).get(id);
    if (!row) return;
    const count = await references(ctx, table, id, row.siteId);
    if (count > 0) throw new PlacedInUseError(count);
    await w.remove(table, id);
  });
}
