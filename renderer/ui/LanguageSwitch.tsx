import { useServices } from '../services/useServices';
import { useI18n } from '../i18n/useI18n';

/** One click to the other language; labelled in that language, so it can be found. */
export function LanguageSwitch() {
  const { t, language } = useI18n();
  const services = useServices();
  const other = language === 'zh-CN' ? 'en' : 'zh-CN';
  return (
    <button
      type="button"
      className="button-language"
      lang={other}
      title={t('header.switchLanguageLabel')}
      onClick={() => void import('../db/session').then((m) => m.sessionCommands.setLanguage(services, other))}
    >
      {t('header.switchLanguage')}
    </button>
  );
}
