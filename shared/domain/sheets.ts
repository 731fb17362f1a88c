import { z } from 'zod';
import { sheetKinds } from '../print/sheetFiles';
import { idSchema, siteScoped, textSchema, timestampSchema } from './common';
import { localDateSchema } from './shifts';

/**
 * A printed sheet: its number (1, 2, … per site, printed on every page and in the file's
 * name), what it is of, and when and by whom it was printed. Append-only: the record of
 * what paper went out. The sheet prints the store as it stood at `printedAt`.
 */
export const printedSheetSchema = z.object({
  ...siteScoped,
  number: z.number().int().positive(),
  kind: z.enum(sheetKinds),
  shiftId: idSchema.nullable(),
  date: localDateSchema,
  printedAt: timestampSchema,
  operator: textSchema(120),
});
export type PrintedSheet = z.infer<typeof printedSheetSchema>;
