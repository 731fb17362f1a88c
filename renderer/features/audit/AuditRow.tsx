import { useEffect, useRef } from 'react';
import type { AuditEntry } from '../../../shared/domain';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/useI18n';
import { auditSubject, rowChanges } from './changeText';

/**
 * One row of the audit trail. A row where a check found its chain broken says so; the
 * one the operator asked to see (`shown`) is scrolled to and takes the focus, so the
 * keyboard and a screen reader arrive there too.
 */
export function AuditRow({
  row,
  timeZone,
  broken,
  shown,
}: {
  row: AuditEntry;
  timeZone: string;
  broken: boolean;
  shown: boolean;
}) {
  const { t, locale } = useI18n();
  const ref = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    if (!shown) return;
    ref.current?.scrollIntoView({ block: 'center' });
    ref.current?.focus();
  }, [shown]);
  const { changes, notes } = rowChanges(row, t, {
    moment: (ms) => formatDateTime(ms, locale, timeZone),
    number: (n) => formatNumber(n, locale),
  });

  return (
    <tr
      ref={ref}
      data-testid="audit-row"
      className={broken ? 'audit-row-broken' : undefined}
      tabIndex={shown ? -1 : undefined}
    >
      <td className="num">{formatDateTime(row.at, locale, timeZone)}</td>
      <td>{row.system ? t('audit.system') : row.operator}</td>
      <td>{t(`auditAction.${row.action}`)}</td>
      <td>{auditSubject(row, t)}</td>
      <td>
        <ul className="changes">
          {broken && <li className="chain-breaks-here">{t('auditChain.breaksHere')}</li>}
          {row.reason && <li className="change-reason">{t('audit.reason', { reason: row.reason })}</li>}
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
          {changes.map((c) => (
            <li key={c.field}>
              <span className="change-field">{c.field}</span> {c.before || '—'} → {c.after || '—'}
            </li>
          ))}
        </ul>
      </td>
    </tr>
  );
}
