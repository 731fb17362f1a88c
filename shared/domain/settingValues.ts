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
  /** Each site's last backup this laptop made: when the next is due, and where the last one is. */
  lastBackups: Record<string, LastBackup>;
}

export interface LastBackup {
  siteId: string;
  at: number;
  /** The site's audit chain head when it was taken: a different head since means something changed. */
  chainHead: string | null;
  fileName: string;
  /** Where the host wrote it; null when a browser downloaded it. */
  path: string | null;
}

function readLastBackup(value: unknown): LastBackup | null {
  if (typeof value !== 'object' || value === null) return null;
  const siteId: unknown = Reflect.get(value, 'siteId');
  const at: unknown = Reflect.get(value, 'at');
  const chainHead: unknown = Reflect.get(value, 'chainHead');
  const fileName: unknown = Reflect.get(value, 'fileName');
  const path: unknown = Reflect.get(value, 'path');
  if (typeof siteId !== 'string' || typeof at !== 'number' || typeof fileName !== 'string') return null;
  return {
    siteId,
    at,
    chainHead: typeof chainHead === 'string' ? chainHead : null,
    fileName,
    path: typeof path === 'string' ? path : null,
  };
}

function readLastBackups(value: unknown): Record<string, LastBackup> | null {
  if (typeof value !== 'object' || value === null) return null;
  const out: Record<string, LastBackup> = {};
  for (const entry of Object.values(value)) {
    const last = readLastBackup(entry);
    if (last) out[last.siteId] = last;
  }
  return out;
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
  lastBackups: readLastBackups,
};

export function readSetting<K extends SettingKey>(key: K, value: unknown): SettingValues[K] | null {
  return readers[key](value);
}
