import { z } from 'zod';
import { geometrySchema, idSchema, nameSchema, siteScoped, textSchema, timestampSchema } from './common';

import { lineWorkKinds, symbolWorkKinds, workStates } from './perimeterValues';

export { lineWorkKinds, symbolWorkKinds, workStates, type PerimeterWorkKind, type WorkState } from './perimeterValues';
export const perimeterWorkKindSchema = z.enum([...lineWorkKinds, ...symbolWorkKinds]);
export const workStateSchema = z.enum(workStates);

/** A physical feature of the perimeter, drawn on the map. */
export const perimeterWorkSchema = z.object({
  ...siteScoped,
  kind: perimeterWorkKindSchema,
  label: textSchema(120),
  geometry: geometrySchema,
  state: workStateSchema,
});
export type PerimeterWork = z.infer<typeof perimeterWorkSchema>;

/** A piece of work to build or upgrade the perimeter: planned → under way → done → checked. */
export const upgradeItemSchema = z.object({
  ...siteScoped,
  title: nameSchema,
  workId: idSchema.nullable(),
  state: workStateSchema,
  responsible: textSchema(120),
  plannedStart: timestampSchema.nullable(),
  plannedEnd: timestampSchema.nullable(),
  actualStart: timestampSchema.nullable(),
  actualEnd: timestampSchema.nullable(),
  checkedBy: textSchema(120),
  checkedAt: timestampSchema.nullable(),
  notes: textSchema(2000),
  updatedAt: timestampSchema,
});
export type UpgradeItem = z.infer<typeof upgradeItemSchema>;
