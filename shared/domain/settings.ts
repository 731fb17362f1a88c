import { z } from 'zod';
import { idSchema, nameSchema } from './common';

export const languages = ['zh-CN', 'en'] as const;
export const languageSchema = z.enum(languages);
export type Language = z.infer<typeof languageSchema>;

export const operatorSchema = z.object({
  name: nameSchema,
  personId: idSchema.nullable(),
});
export type Operator = z.infer<typeof operatorSchema>;

export { readSetting, type SettingKey, type SettingValue, type SettingValues } from './settingValues';
export interface SettingRow {
  key: string;
  value: unknown;
}
