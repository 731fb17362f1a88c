import { z } from 'zod';
import { idSchema } from './common';

export const languages = ['zh-CN', 'en'] as const;
export const languageSchema = z.enum(languages);
export type Language = z.infer<typeof languageSchema>;

export const operatorSchema = z.object({
  name: z.string().trim().min(1).max(120),
  personId: idSchema.nullable(),
});
export type Operator = z.infer<typeof operatorSchema>;

/** Settings are one row per key; each key has its own value schema. */
export const settingSchemas = {
  activeSiteId: idSchema,
  language: languageSchema,
  operator: operatorSchema,
  theme: z.enum(['light', 'dark']),
} as const;
export type SettingKey = keyof typeof settingSchemas;
export type SettingValue<K extends SettingKey> = z.infer<(typeof settingSchemas)[K]>;
export interface SettingRow { key: SettingKey; value: unknown }
