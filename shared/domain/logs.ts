import { z } from 'zod';
import { idSchema, nameSchema, siteScoped, textSchema, timestampSchema } from './common';

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
  'perimeter',
  'shift',
  'request',
  'note',
  'site',
] as const;
export const activityLogEntrySchema = z.object({
  ...siteScoped,
  at: timestampSchema,
  kind: z.enum(activityKinds),
  text: textSchema(2000).pipe(z.string().min(1)),
  operator: textSchema(120),
});
export type ActivityLogEntry = z.infer<typeof activityLogEntrySchema>;
