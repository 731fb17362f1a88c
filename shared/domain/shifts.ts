import { z } from 'zod';
import { idSchema, nameSchema, siteScoped, textSchema, timestampSchema } from './common';

export const shiftSlotSchema = z.object({
  name: nameSchema,
  /** Minutes after local midnight in the site's time zone. */
  startMinute: z
    .number()
    .int()
    .min(0)
    .max(24 * 60 - 1),
  durationMinutes: z
    .number()
    .int()
    .min(30)
    .max(24 * 60),
});
export type ShiftSlot = z.infer<typeof shiftSlotSchema>;

export const shiftPatternSchema = z.object({
  ...siteScoped,
  name: nameSchema,
  slots: z.array(shiftSlotSchema).min(1).max(12),
});
export type ShiftPattern = z.infer<typeof shiftPatternSchema>;

export const localDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const shiftSchema = z
  .object({
    ...siteScoped,
    patternId: idSchema,
    slotIndex: z.number().int().nonnegative(),
    /** The slot's name when the shift was made: a pattern changed later renames no shift. */
    name: nameSchema,
    /** The local calendar day (site time zone) the shift starts on. */
    date: localDateSchema,
    startsAt: timestampSchema,
    endsAt: timestampSchema,
    leaderId: idSchema.nullable(),
  })
  .refine((s) => s.endsAt > s.startsAt, { error: 'ends-before-start', path: ['endsAt'] });
export type Shift = z.infer<typeof shiftSchema>;

export const assignmentSchema = z.object({
  ...siteScoped,
  shiftId: idSchema,
  postId: idSchema,
  personId: idSchema,
  checkedInAt: timestampSchema.nullable(),
  checkedOutAt: timestampSchema.nullable(),
  /** The assignment this one took over mid-shift (a swap); both stay, with their times. */
  replacesId: idSchema.nullable(),
});
export type Assignment = z.infer<typeof assignmentSchema>;

export const handoverNoteSchema = z.object({
  ...siteScoped,
  shiftId: idSchema,
  text: textSchema(4000).pipe(z.string().min(1)),
  author: nameSchema,
  at: timestampSchema,
  /** When the note was marked done, and by whom; null while it is open. */
  doneAt: timestampSchema.nullable(),
  doneBy: textSchema(120),
});
export type HandoverNote = z.infer<typeof handoverNoteSchema>;
