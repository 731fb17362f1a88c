import { z } from 'zod';
import { idSchema, nameSchema, siteScoped, textSchema } from './common';

export const groupSides = ['outside', 'inside', 'reserve'] as const;
export type GroupSide = (typeof groupSides)[number];
export const groupSchema = z.object({
  ...siteScoped,
  name: nameSchema,
  side: z.enum(groupSides),
  order: z.number().int().nonnegative(),
  /** The group's leader, one of its members; null until one is named. */
  leaderId: idSchema.nullable(),
});
export type Group = z.infer<typeof groupSchema>;

export const personUnits = [
  'police',
  'city-management',
  'town-office',
  'security-company',
  'volunteer',
  'medical',
  'property-staff',
  'other',
] as const;
export const personUnitSchema = z.enum(personUnits);
export type PersonUnit = z.infer<typeof personUnitSchema>;

export const phoneSchema = z
  .string()
  .trim()
  .max(32)
  .regex(/^[0-9+\-\s()]*$/, { error: 'phone' });

export const personSchema = z.object({
  ...siteScoped,
  name: nameSchema,
  phone: phoneSchema,
  unit: personUnitSchema,
  groupId: idSchema.nullable(),
  role: textSchema(80),
  reserve: z.boolean(),
  notes: textSchema(1000),
  /** False once stood down: kept with their history, offered for no new shift. */
  active: z.boolean(),
});
export type Person = z.infer<typeof personSchema>;
