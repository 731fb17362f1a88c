import { z } from 'zod';
import { idSchema, nameSchema, pointSchema, siteScoped, textSchema, timestampSchema } from './common';

/** A local time of day, "HH:mm", in the site's time zone. */
export const timeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

/**
 * How a route asks for its checkpoints: in the route's order, in any order, or in an order
 * shuffled for each round (seeded by the round, so the log shows the order that was asked).
 */
export const checkpointOrders = ['fixed', 'any', 'shuffled'] as const;
export type CheckpointOrder = (typeof checkpointOrders)[number];

export const patrolRouteSchema = z.object({
  ...siteScoped,
  name: nameSchema,
  /** A round every so many minutes, counted from local midnight each day; unused when `fixedTimes` lists times. */
  intervalMinutes: z
    .number()
    .int()
    .min(5)
    .max(24 * 60),
  /** Fixed local times of the rounds ("HH:mm", sorted); empty: every `intervalMinutes`. */
  fixedTimes: z.array(timeOfDaySchema).max(96),
  expectedMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  /** How many people go on a round. */
  people: z.number().int().min(1).max(20),
  order: z.enum(checkpointOrders),
  /** Rounds are due from this instant on: none before the route was made. */
  startsAt: timestampSchema,
  active: z.boolean(),
});
export type PatrolRoute = z.infer<typeof patrolRouteSchema>;

export const checkpointSchema = z.object({
  ...siteScoped,
  routeId: idSchema,
  order: z.number().int().positive(),
  name: nameSchema,
  /** What to check there, e.g. 警戒线完好. */
  checks: textSchema(300),
  position: pointSchema,
  /** Taken off the route; kept, since rounds already walked name it. */
  active: z.boolean(),
});
export type Checkpoint = z.infer<typeof checkpointSchema>;

/** A checkpoint as a round asked for it: kept on the round, so editing the route rewrites no round. */
export const askedCheckpointSchema = z.object({
  id: idSchema,
  name: nameSchema,
  checks: textSchema(300),
});
export type AskedCheckpoint = z.infer<typeof askedCheckpointSchema>;

export const patrolSchema = z.object({
  ...siteScoped,
  routeId: idSchema,
  /** The route's name when the round was started. */
  routeName: nameSchema,
  /** When this round was due by the route's timetable. */
  dueAt: timestampSchema,
  startedAt: timestampSchema.nullable(),
  endedAt: timestampSchema.nullable(),
  personIds: z.array(idSchema).max(20),
  /** The checkpoints in the order asked of this round. */
  checkpoints: z.array(askedCheckpointSchema).max(200),
  /** Whether that order had to be kept (a fixed or shuffled route). */
  ordered: z.boolean(),
  note: textSchema(2000),
});
export type Patrol = z.infer<typeof patrolSchema>;

export const observationKinds = ['all-clear', 'observation'] as const;
/** What an observation is about. */
export const observationCategories = ['breach', 'damage', 'person', 'vehicle', 'other'] as const;
export type ObservationCategory = (typeof observationCategories)[number];
export const visitStatuses = ['reached', 'skipped'] as const;

export const checkpointVisitSchema = z.object({
  ...siteScoped,
  patrolId: idSchema,
  checkpointId: idSchema,
  /** When it was reached, or, for a skipped one, when the skip was reported. */
  at: timestampSchema,
  status: z.enum(visitStatuses),
  observation: z.enum(observationKinds),
  category: z.enum(observationCategories).nullable(),
  /** What was seen, or why it was skipped. */
  note: textSchema(1000),
});
export type CheckpointVisit = z.infer<typeof checkpointVisitSchema>;

/**
 * The site's allowances for rounds, in minutes: how late a round may start, and how much
 * longer than expected it may be out, before it is flagged.
 */
export const patrolRulesSchema = z.object({
  startGraceMinutes: z.number().int().min(0).max(120),
  overrunGraceMinutes: z.number().int().min(0).max(120),
});
export type PatrolRules = z.infer<typeof patrolRulesSchema>;
export const defaultPatrolRules: PatrolRules = { startGraceMinutes: 10, overrunGraceMinutes: 10 };
