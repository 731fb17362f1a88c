import { z } from 'zod';
import { idSchema, timestampSchema } from './common';

export const auditActions = ['create', 'update', 'delete', 'seed', 'reset'] as const;
export const auditEntrySchema = z.object({
  /** Auto-increment key: the order rows were written in. Absent until stored. */
  seq: z.number().int().positive().optional(),
  at: timestampSchema,
  operator: z.string().min(1).max(120),
  action: z.enum(auditActions),
  table: z.string().min(1).max(40),
  entityId: idSchema,
  siteId: idSchema.nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
