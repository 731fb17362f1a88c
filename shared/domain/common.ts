import { z } from 'zod';
import { cleanName, cleanText } from './text';

/** Every stored entity is keyed by a random UUID string, made where it is created. */
export const idSchema = z.string().min(1).max(64);
/** Epoch milliseconds, UTC. Display goes through the site's time zone. */
export const timestampSchema = z.number().int().nonnegative();
/**
 * Free text typed by a person: cleaned of what shows nothing (see text.ts), trimmed,
 * bounded, never interpreted as markup.
 */
export const textSchema = (max = 200) => z.string().overwrite(cleanText).max(max);
/** A name on one line; one that is only invisible characters is empty, so refused. */
export const nameSchema = z.string().overwrite(cleanName).min(1).max(120);

/** A point in plan units (the site plan's own coordinate system, y grows downwards). */
export const pointSchema = z.object({ x: z.number(), y: z.number() });
export type Point = z.infer<typeof pointSchema>;

export const lineGeometrySchema = z.object({
  type: z.literal('line'),
  points: z.array(pointSchema).min(2).max(10_000),
});
export const pointGeometrySchema = z.object({ type: z.literal('point'), at: pointSchema });
export const geometrySchema = z.discriminatedUnion('type', [lineGeometrySchema, pointGeometrySchema]);
export type Geometry = z.infer<typeof geometrySchema>;

export const siteScoped = { id: idSchema, siteId: idSchema };
