import { useI18n } from '../../../i18n/useI18n';

/**
 * The site's audit chain head as the sheet was read, whole (64 hex digits) in a small
 * fixed-width line: a printed sheet can later be checked against the store's trail, or a
 * backup's, digit by digit.
 */
export function AuditHeadLine({ head }: { head: string }) {
  const { t } = useI18n();
  return <p className="sheet-audit-head">{t('auditChain.headLine', { head })}</p>;
}
