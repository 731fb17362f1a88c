import { z } from 'zod';
import { idSchema, nameSchema, textSchema, timestampSchema } from './common';
import { patrolRulesSchema } from './patrols';

export const planSchema = z.discriminatedUnion('kind', [
  /** A plan drawn for and shipped with the app (the demo site). */
  z.object({
    kind: z.literal('bundled'),
    name: z.string().min(1),
    width: z.number().positive(),
    height: z.number().positive(),
    metresPerUnit: z.number().positive(),
  }),
  /** A picture of the plan imported by the operator. */
  z.object({
    kind: z.literal('image'),
    blobKey: z.string().min(1),
    mimeType: z.string(),
    width: z.number().positive(),
    height: z.number().positive(),
    metresPerUnit: z.number().positive().nullable(),
  }),
  /** No picture yet: a blank grid. */
  z.object({
    kind: z.literal('grid'),
    width: z.number().positive(),
    height: z.number().positive(),
    metresPerUnit: z.number().positive(),
  }),
]);
export type Plan = z.infer<typeof planSchema>;

const HOUR = 60;

/**
 * The thresholds the assignment board checks against, in minutes. The bounds refuse what
 * can only be a typing slip (a rest of -1 or 100 hours).
 */
export const shiftRulesSchema = z.object({
  /** The least rest between two shifts of one person. */
  minRestMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * HOUR),
  /** The most hours one person works in any 24 hours. */
  maxMinutesPer24h: z
    .number()
    .int()
    .min(HOUR)
    .max(24 * HOUR),
  /** How late after a shift's start a check-in still counts as on time. */
  lateGraceMinutes: z
    .number()
    .int()
    .min(0)
    .max(2 * HOUR),
});
export type ShiftRules = z.infer<typeof shiftRulesSchema>;
export const defaultShiftRules: ShiftRules = {
  minRestMinutes: 8 * HOUR,
  maxMinutesPer24h: 12 * HOUR,
  lateGraceMinutes: 15,
};

export const siteSchema = z.object({
  id: idSchema,
  name: nameSchema,
  town: textSchema(120),
  timeZone: z.string().min(1).max(64),
  residents: z.number().int().nonnegative(),
  closureStartedAt: timestampSchema.nullable(),
  plan: planSchema,
  shiftRules: shiftRulesSchema,
  patrolRules: patrolRulesSchema,
  createdAt: timestampSchema,
});
export type Site = z.infer<typeof siteSchema>;
