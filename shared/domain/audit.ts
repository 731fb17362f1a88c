import { z } from 'zod';
import { idSchema, textSchema, timestampSchema } from './common';

/** Why a change was made, as the person typed it (an entrance opened for an ambulance). */
export const reasonSchema = textSchema(500);

export const auditActions = ['create', 'update', 'delete', 'seed', 'reset', 'restore'] as const;
export const auditEntrySchema = z.object({
  /** Auto-increment key: the order rows were written in. Absent until stored. */
  seq: z.number().int().positive().optional(),
  at: timestampSchema,
  operator: z.string().min(1).max(120),
  action: z.enum(auditActions),
  table: z.string().min(1).max(40),
  /** An entity's id, or what a non-entity row is about (the name signed on, up to 120 characters). */
  entityId: z.string().min(1).max(120),
  siteId: idSchema.nullable(),
  before: z.unknown(),
  after: z.unknown(),
  /** Why, when the person gave a reason (an entrance opened for an ambulance). */
  reason: reasonSchema.optional(),
  /** Written by the app itself (first-start seeding), not by a person. */
  system: z.boolean().optional(),
  /**
   * The chain the row is on (its site's id; shared/audit/auditChain.ts), its SHA-256 over
   * its content and the previous row's hash, and that previous hash. Absent only on rows
   * of files from before store version 5, which the store's migration chains.
   */
  chain: z.string().min(1).max(120).optional(),
  hash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  prevHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
