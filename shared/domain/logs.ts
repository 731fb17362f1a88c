import { z } from 'zod';
import { idSchema, nameSchema, siteScoped, textSchema, timestampSchema } from './common';
import { observationCategories } from './patrols';

export const crossingSubjects = ['person', 'vehicle', 'ambulance', 'goods', 'other'] as const;
export const entranceLogEntrySchema = z.object({
  ...siteScoped,
  entranceId: idSchema,
  at: timestampSchema,
  direction: z.enum(['in', 'out']),
  subjectKind: z.enum(crossingSubjects),
  subject: nameSchema,
  reason: textSchema(500),
  authorisedBy: textSchema(120),
  /** For a closed-loop transfer: the id of the matching trip the other way. */
  pairId: idSchema.nullable(),
});
export type EntranceLogEntry = z.infer<typeof entranceLogEntrySchema>;

export const activityKinds = [
  'milestone',
  'entrance-state',
  'patrol',
  'incident',
  'perimeter',
  'shift',
  'people',
  'request',
  'note',
  'site',
] as const;
export type ActivityKind = (typeof activityKinds)[number];

/**
 * One line of the post's running log. Never edited: a correction is a new entry whose
 * `correctsId` names the entry it corrects.
 */
export const activityLogEntrySchema = z.object({
  ...siteScoped,
  /** When it happened. */
  at: timestampSchema,
  /** When it was written down: later than `at` for an entry entered late. */
  recordedAt: timestampSchema,
  kind: z.enum(activityKinds),
  text: textSchema(2000).pipe(z.string().min(1)),
  operator: textSchema(120),
  correctsId: idSchema.nullable(),
  /** The incident this entry opened or closed. */
  incidentId: idSchema.nullable(),
});
export type ActivityLogEntry = z.infer<typeof activityLogEntrySchema>;

export const incidentStates = ['open', 'closed'] as const;
/**
 * Something that needs following up (事件): raised from a patrol's observation or typed
 * in, open until someone closes it with what was done. Closed, never deleted.
 */
export const incidentSchema = z.object({
  ...siteScoped,
  openedAt: timestampSchema,
  openedBy: textSchema(120),
  category: z.enum(observationCategories),
  text: textSchema(2000).pipe(z.string().min(1)),
  /** The round and checkpoint visit it was raised from, if any. */
  patrolId: idSchema.nullable(),
  visitId: idSchema.nullable(),
  state: z.enum(incidentStates),
  closedAt: timestampSchema.nullable(),
  closedBy: textSchema(120),
  /** What was done, written when it is closed. */
  outcome: textSchema(2000),
});
export type Incident = z.infer<typeof incidentSchema>;
