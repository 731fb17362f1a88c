import type { Language } from '../../../shared/domain';
import type { CordonDb } from '../../db/CordonDb';

/** Interface preferences are per laptop and not part of the audit trail. */
export async function setLanguage(db: CordonDb, language: Language): Promise<void> {
  await db.settings.put({ key: 'language', value: language });
}

export async function setTheme(db: CordonDb, theme: 'light' | 'dark'): Promise<void> {
  await db.settings.put({ key: 'theme', value: theme });
}
