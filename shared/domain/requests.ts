import { z } from 'zod';
import { nameSchema, siteScoped, textSchema, timestampSchema } from './common';

export const requestKinds = ['medical-transport', 'medicine', 'meals', 'donation', 'other'] as const;
export const requestStates = ['open', 'in-progress', 'done', 'cancelled'] as const;
export const serviceRequestSchema = z.object({
  ...siteScoped,
  kind: z.enum(requestKinds),
  title: nameSchema,
  /** Private: a resident's name, flat, medical details. Never shown on the wall screen. */
  resident: textSchema(120),
  details: textSchema(2000),
  state: z.enum(requestStates),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type ServiceRequest = z.infer<typeof serviceRequestSchema>;
