import { z } from 'zod';
import { idSchema, nameSchema, textSchema, timestampSchema } from './common';

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

export const siteSchema = z.object({
  id: idSchema,
  name: nameSchema,
  town: textSchema(120),
  timeZone: z.string().min(1).max(64),
  residents: z.number().int().nonnegative(),
  closureStartedAt: timestampSchema.nullable(),
  plan: planSchema,
  createdAt: timestampSchema,
});
export type Site = z.infer<typeof siteSchema>;
