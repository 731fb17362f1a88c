import {
  checkpointSchema,
  patrolRouteSchema,
  patrolRulesSchema,
  siteSchema,
  type Checkpoint,
  type CheckpointOrder,
  type PatrolRoute,
  type PatrolRules,
  type Point,
  type Site,
} from '../../../../shared/domain';
import { defineCommands } from '../../../db/command';
import type { CordonDb } from '../../../db/CordonDb';
import { NotFoundError } from '../../../db/errors';
import { parseOrThrow } from '../../../db/parseOrThrow';
import { newCheckpointSpot } from './newSpot';

/** A route's settings as the form saves them. */
export interface RouteFields {
  name: string;
  intervalMinutes: number;
  fixedTimes: string[];
  expectedMinutes: number;
  people: number;
  order: CheckpointOrder;
  active: boolean;
}

/** The route's checkpoints still on it, in order. */
const activeOf = async (db: CordonDb, routeId: string) =>
  (await db.checkpoints.where('[routeId+order]').between([routeId, -Infinity], [routeId, Infinity]).toArray()).filter(
    (c) => c.active,
  );

/**
 * Patrol routes and their checkpoints, edited from the patrols screen. None of these
 * touches a round: a recorded round keeps the route's name and checkpoints as asked
 * (`Patrol.routeName`, `Patrol.checkpoints`), so editing a route rewrites no history.
 */
export const patrolRouteCommands = defineCommands('patrolRoutes', {
  /** A new route; its rounds are due from now on, none before it was made. */
  createRoute: {
    tables: ['patrolRoutes'],
    run: (w, { siteId, ...fields }: { siteId: string } & RouteFields): Promise<PatrolRoute> =>
      w.create('patrolRoutes', patrolRouteSchema, {
        id: crypto.randomUUID(),
        siteId,
        ...fields,
        fixedTimes: [...fields.fixedTimes].sort(),
        startsAt: w.at,
      }),
  },

  /** Saves a route's settings; `opened` is the route as the form showed it. */
  updateRoute: {
    tables: ['patrolRoutes'],
    run: async (w, { opened, ...fields }: { opened: PatrolRoute } & RouteFields): Promise<PatrolRoute> => {
      const { after } = await w.update(
        'patrolRoutes',
        patrolRouteSchema,
        opened.id,
        () => ({ ...fields, fixedTimes: [...fields.fixedTimes].sort() }),
        { expected: opened },
      );
      return after;
    },
  },

  /** The site's allowances for rounds, refused outside 0–120 minutes. */
  setPatrolRules: {
    tables: ['sites'],
    run: async (w, { siteId, rules }: { siteId: string; rules: PatrolRules }): Promise<Site> => {
      const patrolRules = parseOrThrow(patrolRulesSchema, rules);
      const { after } = await w.update('sites', siteSchema, siteId, () => ({ patrolRules }));
      return after;
    },
  },

  /**
   * A checkpoint at the end of the route's round, from the list: at `position` if given,
   * else at a sensible spot (see newCheckpointSpot) to be placed on the map later.
   */
  addCheckpoint: {
    tables: ['checkpoints', 'patrolRoutes', 'sites'],
    run: async (
      w,
      input: { routeId: string; name: string; checks: string; position: Point | null },
    ): Promise<Checkpoint> => {
      const route = await w.db.patrolRoutes.get(input.routeId);
      if (!route) throw new NotFoundError('patrolRoutes', input.routeId);
      const site = await w.db.sites.get(route.siteId);
      if (!site) throw new NotFoundError('sites', route.siteId);
      const all = await w.db.checkpoints
        .where('[routeId+order]')
        .between([route.id, -Infinity], [route.id, Infinity])
        .toArray();
      const active = all.filter((c) => c.active);
      const last = all[all.length - 1];
      const position =
        input.position ??
        newCheckpointSpot(
          active.map((c) => c.position),
          site.plan,
        );
      return w.create('checkpoints', checkpointSchema, {
        id: crypto.randomUUID(),
        siteId: route.siteId,
        routeId: route.id,
        order: (last?.order ?? 0) + 1,
        name: input.name,
        checks: input.checks,
        position: { x: position.x, y: position.y },
        active: true,
      });
    },
  },

  /** Renames a checkpoint or changes what to check there; `opened` is the row the form showed. */
  updateCheckpoint: {
    tables: ['checkpoints'],
    run: async (w, { opened, name, checks }: { opened: Checkpoint; name: string; checks: string }) => {
      const { after } = await w.update('checkpoints', checkpointSchema, opened.id, () => ({ name, checks }), {
        expected: opened,
      });
      return after;
    },
  },

  /**
   * Moves a checkpoint one place earlier (-1) or later (+1) in its round, swapping places
   * with its neighbour on the route; at either end it stays where it is.
   */
  moveCheckpoint: {
    tables: ['checkpoints'],
    run: async (w, { id, step }: { id: string; step: -1 | 1 }): Promise<void> => {
      const row = await w.db.checkpoints.get(id);
      if (!row) throw new NotFoundError('checkpoints', id);
      const route = await activeOf(w.db, row.routeId);
      const i = route.findIndex((c) => c.id === id);
      const other = route[i + step];
      if (i < 0 || !other) return;
      await w.update('checkpoints', checkpointSchema, row.id, () => ({ order: other.order }));
      await w.update('checkpoints', checkpointSchema, other.id, () => ({ order: row.order }));
    },
  },

  /**
   * Takes a checkpoint off its route. One that rounds have visited is kept, marked
   * inactive, since their visits name it; one never visited is deleted.
   */
  removeCheckpoint: {
    tables: ['checkpoints', 'checkpointVisits'],
    run: async (w, { id }: { id: string }): Promise<'deleted' | 'kept'> => {
      const row = await w.db.checkpoints.get(id);
      if (!row) throw new NotFoundError('checkpoints', id);
      const visited = await w.db.checkpointVisits
        .where('siteId')
        .equals(row.siteId)
        .filter((v) => v.checkpointId === id)
        .first();
      if (visited) {
        await w.update('checkpoints', checkpointSchema, id, () => ({ active: false }));
        return 'kept';
      }
      await w.remove('checkpoints', id);
      return 'deleted';
    },
  },
});
