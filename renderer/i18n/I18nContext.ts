import { createContext } from 'react';
import type { Language } from '../../shared/domain';
import type { MessageKey, MessageParams } from './translate';

export interface I18n {
  language: Language;
  /** BCP 47 tag for Intl formatting. */
  locale: string;
  t: (key: MessageKey, params?: MessageParams) => string;
}

export const I18nContext = createContext<I18n | null>(null);
