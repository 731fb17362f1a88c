import type { Language, Operator } from './settings';
import { cleanName } from './text';

/**
 * Reading settings back from the store, by hand rather than with zod: it runs at every
 * start, before the app's larger code has loaded. A value that does not fit reads as null.
 */
export interface SettingValues {
  activeSiteId: string;
  language: Language;
  operator: Operator;
  theme: 'light' | 'dark';
  /** The wall screen's colours: dark by default, light for a sunlit tent. */
  wallTheme: 'light' | 'dark';
}
export type SettingKey = keyof SettingValues;
export type SettingValue<K extends SettingKey> = SettingValues[K];

export function readOperatorValue(value: unknown): Operator | null {
  if (typeof value !== 'object' || value === null) return null;
  const raw: unknown = Reflect.get(value, 'name');
  const personId: unknown = Reflect.get(value, 'personId');
  if (typeof raw !== 'string') return null;
  // Cleaned as nameSchema cleans, so a name of invisible characters never shows as a blank operator.
  const name = cleanName(raw);
  if (name === '' || name.length > 120) return null;
  return { name, personId: typeof personId === 'string' ? personId : null };
}

const readers: { [K in SettingKey]: (v: unknown) => SettingValues[K] | null } = {
  activeSiteId: (v) => (typeof v === 'string' && v !== '' ? v : null),
  language: (v) => (v === 'zh-CN' || v === 'en' ? v : null),
  operator: readOperatorValue,
  theme: (v) => (v === 'light' || v === 'dark' ? v : null),
  wallTheme: (v) => (v === 'light' || v === 'dark' ? v : null),
};

export function readSetting<K extends SettingKey>(key: K, value: unknown): SettingValues[K] | null {
  return readers[key](value);
}
