import { useEffect, useMemo, type ReactNode } from 'react';
import type { Language } from '../../shared/domain';
import { I18nContext, type I18n } from './I18nContext';
import { localeOf } from './format';
import { translate } from './translate';

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const value = useMemo<I18n>(
    () => ({ language, locale: localeOf(language), t: (key, params) => translate(language, key, params) }),
    [language],
  );
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = translate(language, 'app.title');
  }, [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
