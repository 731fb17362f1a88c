import { z } from 'zod';
import { idSchema, nameSchema, pointSchema, siteScoped } from './common';

export const postSchema = z.object({
  ...siteScoped,
  name: nameSchema,
  entranceId: idSchema.nullable(),
  position: pointSchema,
  minStaff: z.number().int().min(0).max(100),
  order: z.number().int().nonnegative(),
});
export type Post = z.infer<typeof postSchema>;
