import { useEffect } from 'react';
import { useLive } from '../../db/live/useLive';
import { session } from '../../db/queries/session';
import { I18nProvider } from '../../i18n/I18nProvider';
import { useI18n } from '../../i18n/useI18n';
import { WallScreen } from './WallScreen';
import './wall.css';

export { WallRecovers } from './WallRecovers';

/**
 * The wall screen's page (`#/wall`): no shell, no navigation, nothing to click. It
 * follows the laptop's language and the wall's own colours (dark unless set to light
 * in Settings) live, as the operator changes them.
 */
export function WallApp() {
  const data = useLive(session).data;
  const theme = data?.wallTheme ?? 'dark';
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  useEffect(() => {
    if (data) document.documentElement.lang = data.language;
  }, [data]);
  if (!data) return null;
  return (
    <I18nProvider language={data.language}>
      <WallTitle site={data.site?.name ?? null} />
      {data.site ? <WallScreen site={data.site} /> : <NoSite />}
    </I18nProvider>
  );
}

function WallTitle({ site }: { site: string | null }) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = site ? t('wall.windowTitle', { site }) : t('nav.wall');
  }, [site, t]);
  return null;
}

function NoSite() {
  const { t } = useI18n();
  return <p className="wall-empty">{t('header.noSite')}</p>;
}
