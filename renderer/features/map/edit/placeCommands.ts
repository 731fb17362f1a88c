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
import type { CommandDef } from '../../../db/command';
import type { CordonDb } from '../../../db/CordonDb';
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

const placeEntrance: CommandDef<
  { siteId: string; number: number; name: string; kind: EntranceKind; state: EntranceState; position: Point },
  Entrance
> = {
  tables: ['entrances'],
  run: async (w, input) => {
    // A number that is no number (NaN is no IndexedDB key) is the schema's to refuse, as is
    // one below 1, which finds nothing here.
    const taken = Number.isInteger(input.number)
      ? await w.db.entrances.where('[siteId+number]').equals([input.siteId, input.number]).count()
      : 0;
    if (taken > 0) throw new EntranceNumberTakenError(input.number);
    return w.create('entrances', entranceSchema, {
      id: crypto.randomUUID(),
      ...input,
      position: at(input.position),
      note: '',
    });
  },
};

const placePost: CommandDef<
  { siteId: string; name: string; entranceId: string | null; minStaff: number; position: Point },
  Post
> = {
  tables: ['posts', 'entrances'],
  run: async (w, input) => {
    const entrance = input.entranceId === null ? null : await w.db.entrances.get(input.entranceId);
    if (input.entranceId !== null && entrance?.siteId !== input.siteId)
      throw new NotFoundError('entrances', input.entranceId);
    const last = await w.db.posts
      .where('[siteId+order]')
      .between([input.siteId, -Infinity], [input.siteId, Infinity])
      .last();
    return w.create('posts', postSchema, {
      id: crypto.randomUUID(),
      ...input,
      position: at(input.position),
      order: (last?.order ?? -1) + 1,
    });
  },
};

/** A checkpoint at the end of its route's round. */
const placeCheckpoint: CommandDef<{ siteId: string; routeId: string; name: string; position: Point }, Checkpoint> = {
  tables: ['checkpoints', 'patrolRoutes'],
  run: async (w, input) => {
    const route = await w.db.patrolRoutes.get(input.routeId);
    if (route?.siteId !== input.siteId) throw new NotFoundError('patrolRoutes', input.routeId);
    const last = await w.db.checkpoints
      .where('[routeId+order]')
      .between([input.routeId, -Infinity], [input.routeId, Infinity])
      .last();
    return w.create('checkpoints', checkpointSchema, {
      id: crypto.randomUUID(),
      ...input,
      checks: '',
      position: at(input.position),
      order: (last?.order ?? 0) + 1,
      active: true,
    });
  },
};

/** How many records point at a placed entrance, post or checkpoint. */
async function references(db: CordonDb, table: PlacedTable, id: string, siteId: string): Promise<number> {
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

/** Removes a placed entrance, post or checkpoint nothing refers to yet: the undo of placing it. */
const unplace: CommandDef<{ table: PlacedTable; id: string }, void> = {
  tables: ['entrances', 'posts', 'checkpoints', 'entranceLog', 'assignments', 'checkpointVisits'],
  run: async (w, { table, id }) => {
    const row = await w.db.table<{ siteId: string }, string>(table).get(id);
    if (!row) return;
    const count = await references(w.db, table, id, row.siteId);
    if (count > 0) throw new PlacedInUseError(count);
    await w.remove(table, id);
  },
};

/** New entrances, posts and checkpoints placed on the map in edit mode, and taking a placement back. */
export const placeCommandDefs = { placeEntrance, placePost, placeCheckpoint, unplace };
