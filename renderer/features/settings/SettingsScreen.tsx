import type { Site } from '../../../shared/domain';
import { useServices } from '../../services/useServices';
import { useLive } from '../../db/live/useLive';
import { session } from '../../db/queries/session';
import { useI18n } from '../../i18n/useI18n';
import { sessionCommands } from '../../db/session';
import { SiteResetPanel } from './SiteResetPanel';
import { SitesPanel } from './SitesPanel';
import { BackupPanel } from './backup/BackupPanel';
import { useAppInfo } from '../../hooks/useAppInfo';
import { StoragePanel } from './StoragePanel';

export function SettingsScreen({ site }: { site: Site | null }) {
  const { t, language } = useI18n();
  const services = useServices();
  const current = useLive(session).data;
  const theme = current?.theme ?? 'light';
  const wallTheme = current?.wallTheme ?? 'dark';
  const info = useAppInfo();
  return (
    <section className="screen settings">
      <h2>{t('settings.title')}</h2>
      <section>
        <h3>{t('settings.display')}</h3>
        <label className="field inline">
          <span>{t('settings.language')}</span>
          <select
            value={language}
            onChange={(e) => void sessionCommands.setLanguage(services, e.target.value === 'en' ? 'en' : 'zh-CN')}
          >
            <option value="zh-CN" lang="zh-CN">
              中文（简体）
            </option>
            <option value="en" lang="en">
              English
            </option>
          </select>
        </label>
        <label className="field inline">
          <span>{t('settings.theme')}</span>
          <select
            value={theme}
            onChange={(e) => void sessionCommands.setTheme(services, e.target.value === 'dark' ? 'dark' : 'light')}
          >
            <option value="light">{t('settings.theme.light')}</option>
            <option value="dark">{t('settings.theme.dark')}</option>
          </select>
        </label>
        <label className="field inline">
          <span>{t('settings.wallTheme')}</span>
          <select
            value={wallTheme}
            onChange={(e) => void sessionCommands.setWallTheme(services, e.target.value === 'light' ? 'light' : 'dark')}
          >
            <option value="dark">{t('settings.wallTheme.dark')}</option>
            <option value="light">{t('settings.wallTheme.light')}</option>
          </select>
        </label>
      </section>
      {site && (
        <section>
          <h3>{t('settings.site')}</h3>
          <dl className="facts">
            <dt>{t('settings.siteName')}</dt>
            <dd>{site.name}</dd>
            <dt>{t('settings.timeZone')}</dt>
            <dd>{site.timeZone}</dd>
          </dl>
        </section>
      )}
      <section>
        <h3>{t('settings.data')}</h3>
        <SiteResetPanel site={site} />
      </section>
      {site && <BackupPanel site={site} />}
      <SitesPanel />
      <StoragePanel />
      {info && (
        <section>
          <h3>{t('settings.about')}</h3>
          <p>{t('settings.version', { version: info.version, host: t(`settings.host.${info.host}`) })}</p>
        </section>
      )}
    </section>
  );
}
