import type { z } from 'zod';
import { ValidationError } from './errors';

/** The value as the schema reads it, or a ValidationError naming each field it refused. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ValidationError(result.error.issues);
  return result.data;
}

/** One field's value as its schema reads it; a refusal names the field, as a form's label does. */
export function parseFieldOrThrow<S extends z.ZodType>(field: string, schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ValidationError(result.error.issues.map((i) => ({ ...i, path: [field, ...i.path] })));
  return result.data;
}
