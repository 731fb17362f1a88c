import { z } from 'zod';
import { idSchema, nameSchema, pointSchema, siteScoped, textSchema, timestampSchema } from './common';

export const patrolRouteSchema = z.object({
  ...siteScoped,
  name: nameSchema,
  intervalMinutes: z
    .number()
    .int()
    .min(5)
    .max(24 * 60),
  expectedMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  active: z.boolean(),
});
export type PatrolRoute = z.infer<typeof patrolRouteSchema>;

export const checkpointSchema = z.object({
  ...siteScoped,
  routeId: idSchema,
  order: z.number().int().positive(),
  name: nameSchema,
  position: pointSchema,
});
export type Checkpoint = z.infer<typeof checkpointSchema>;

export const patrolSchema = z.object({
  ...siteScoped,
  routeId: idSchema,
  /** When this round was due by the route's interval. */
  dueAt: timestampSchema,
  startedAt: timestampSchema.nullable(),
  endedAt: timestampSchema.nullable(),
  personIds: z.array(idSchema).max(20),
  note: textSchema(2000),
});
export type Patrol = z.infer<typeof patrolSchema>;

export const observationKinds = ['all-clear', 'observation'] as const;
export const checkpointVisitSchema = z.object({
  ...siteScoped,
  patrolId: idSchema,
  checkpointId: idSchema,
  at: timestampSchema,
  observation: z.enum(observationKinds),
  note: textSchema(1000),
});
export type CheckpointVisit = z.infer<typeof checkpointVisitSchema>;
