import { useContext } from 'react';
import { I18nContext, type I18n } from './I18nContext';

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
