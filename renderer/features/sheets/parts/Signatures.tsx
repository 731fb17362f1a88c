import { useI18n } from '../../../i18n/useI18n';
import { AuditHeadLine } from './AuditHeadLine';

/**
 * Handed over by / taken over by: name, signature and time, written by hand; under them,
 * the audit chain head the sheet was printed at, kept on the same page as the signatures.
 */
export function Signatures({ auditHead }: { auditHead: string }) {
  const { t } = useI18n();
  return (
    <section className="sheet-sign" aria-label={t('sheets.sign.title')}>
      <h2>{t('sheets.sign.title')}</h2>
      <table>
        <thead>
          <tr>
            <th style={{ width: '30mm' }} />
            <th>{t('sheets.sign.name')}</th>
            <th>{t('sheets.sign.signature')}</th>
            <th style={{ width: '34mm' }}>{t('sheets.sign.time')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('sheets.sign.handedOver')}</th>
            <td />
            <td />
            <td />
          </tr>
          <tr>
            <th scope="row">{t('sheets.sign.takenOver')}</th>
            <td />
            <td />
            <td />
          </tr>
        </tbody>
      </table>
      <AuditHeadLine head={auditHead} />
    </section>
  );
}
