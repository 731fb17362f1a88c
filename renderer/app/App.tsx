import { useEffect } from 'react';
import { I18nProvider } from '../i18n/I18nProvider';
import { useLive } from '../db/live/useLive';
import { session } from '../db/queries/session';
import { ServicesContext, type Services } from '../services/ServicesContext';
import type { ScreenComponent } from './screens';
import { Shell } from './Shell';

type First = { route: string; screen: ScreenComponent };

function Themed({ first }: { first: First }) {
  const { data } = useLive(session);
  const theme = data?.theme;
  useEffect(() => {
    document.documentElement.dataset.theme = theme ?? 'light';
  }, [theme]);
  if (!data) return null;
  return (
    <I18nProvider language={data.language}>
      <Shell first={first} session={data} />
    </I18nProvider>
  );
}

export function App({ services, first }: { services: Services; first: First }) {
  return (
    <ServicesContext.Provider value={services}>
      <Themed first={first} />
    </ServicesContext.Provider>
  );
}
