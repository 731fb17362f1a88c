import { z } from 'zod';
import { nameSchema, pointSchema, siteScoped, textSchema } from './common';

import { entranceKinds, entranceStates } from './entranceValues';

export { entranceKinds, entranceStates, type EntranceKind, type EntranceState } from './entranceValues';
export const entranceKindSchema = z.enum(entranceKinds);
export const entranceStateSchema = z.enum(entranceStates);

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
