import type { Language, Operator, Site } from '../../../shared/domain';
import { readSetting } from '../../../shared/domain/settingValues';
import { defineQuery } from '../live/query';

export interface Session {
  language: Language;
  theme: 'light' | 'dark';
  wallTheme: 'light' | 'dark';
  /** Who was last signed on; null before anyone ever was. */
  operator: Operator | null;
  /** The site the post works on; null when there is none. */
  site: Site | null;
}

/**
 * What the shell shows on every screen, live, in one read: the language, the theme, the
 * operator and the active site (the one chosen, else the first there is).
 */
export const session = defineQuery('session', async (db): Promise<Session> => {
  const [[language, theme, operator, active, wallTheme], sites] = await Promise.all([
    db.settings.bulkGet(['language', 'theme', 'operator', 'activeSiteId', 'wallTheme']),
    db.sites.toArray(),
  ]);
  const activeId = readSetting('activeSiteId', active?.value);
  return {
    language: readSetting('language', language?.value) ?? 'zh-CN',
    theme: readSetting('theme', theme?.value) ?? 'light',
    wallTheme: readSetting('wallTheme', wallTheme?.value) ?? 'dark',
    operator: readSetting('operator', operator?.value),
    site: sites.find((s) => s.id === activeId) ?? sites[0] ?? null,
  };
});
