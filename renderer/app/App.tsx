import { useEffect } from 'react';
import { I18nProvider } from '../i18n/I18nProvider';
import { useSetting } from '../hooks/useSetting';
import { ServicesContext, type Services } from './ServicesContext';
import { Shell } from './Shell';

function Themed() {
  const language = useSetting('language');
  const theme = useSetting('theme');
  useEffect(() => {
    document.documentElement.dataset.theme = theme ?? 'light';
  }, [theme]);
  if (language === undefined) return null;
  return (
    <I18nProvider language={language ?? 'zh-CN'}>
      <Shell />
    </I18nProvider>
  );
}

export function App({ services }: { services: Services }) {
  return (
    <ServicesContext.Provider value={services}>
      <Themed />
    </ServicesContext.Provider>
  );
}
