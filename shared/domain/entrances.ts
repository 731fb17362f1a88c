import { z } from 'zod';
import { nameSchema, pointSchema, siteScoped, textSchema } from './common';

export const entranceKinds = ['gate', 'side-gate', 'street-doorway', 'passage'] as const;
export const entranceKindSchema = z.enum(entranceKinds);
export type EntranceKind = z.infer<typeof entranceKindSchema>;

export const entranceStates = ['controlled-open', 'sealed', 'closed', 'emergency-only'] as const;
export const entranceStateSchema = z.enum(entranceStates);
export type EntranceState = z.infer<typeof entranceStateSchema>;

export const entranceSchema = z.object({
  ...siteScoped,
  /** The number printed on the shift sheet and drawn on the map. */
  number: z.number().int().positive(),
  name: nameSchema,
  kind: entranceKindSchema,
  state: entranceStateSchema,
  position: pointSchema,
  note: textSchema(500),
});
export type Entrance = z.infer<typeof entranceSchema>;
