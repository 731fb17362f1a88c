import { useState } from 'react';
import type { Site } from '../../../shared/domain';
import { changedFields } from '../../../shared/rules/auditDiff';
import { formatDateTime } from '../../i18n/format';
import { isMessageKey } from '../../i18n/translate';
import { useI18n } from '../../i18n/useI18n';
import { describeChanges, objectLabel } from './changeText';
import { useLive } from '../../db/live/useLive';
import { auditPage } from './queries';

/** The audit trail, newest first, a page at a time. */
export function AuditScreen({ site }: { site: Site | null }) {
  const { t, locale } = useI18n();
  const [cursors, setCursors] = useState<number[]>([]);
  const before = cursors.at(-1) ?? null;
  const page = useLive(auditPage, before).data;
  const tz = site?.timeZone ?? 'Asia/Shanghai';
  const oldest = page?.rows.at(-1)?.seq;

  return (
    <section className="screen">
      <h2>{t('audit.title')}</h2>
      <p className="hint">{t('audit.intro')}</p>
      {page?.rows.length === 0 && <p>{t('audit.empty')}</p>}
      <table className="table audit-table" data-testid="audit-table">
        <thead>
          <tr>
            <th scope="col">{t('audit.at')}</th>
            <th scope="col">{t('audit.operator')}</th>
            <th scope="col">{t('audit.action')}</th>
            <th scope="col">{t('audit.subject')}</th>
            <th scope="col">{t('audit.change')}</th>
          </tr>
        </thead>
        <tbody>
          {page?.rows.map((r) => {
            const key = `table.${r.table}`;
            const label = objectLabel(r.table, r.before, r.after, t);
            const changes =
              r.action === 'update'
                ? describeChanges(r.table, changedFields(r.before, r.after), t, (ms) => formatDateTime(ms, locale, tz))
                : [];
            return (
              <tr key={r.seq} data-testid="audit-row">
                <td className="num">{formatDateTime(r.at, locale, tz)}</td>
                <td>{r.system ? t('audit.system') : r.operator}</td>
                <td>{t(`auditAction.${r.action}`)}</td>
                <td>{[isMessageKey(key) ? t(key) : r.table, label].filter(Boolean).join(' · ')}</td>
                <td>
                  <ul className="changes">
                    {r.reason && <li className="change-reason">{t('audit.reason', { reason: r.reason })}</li>}
                    {changes.map((c) => (
                      <li key={c.field}>
                        <span className="change-field">{c.field}</span> {c.before || '—'} → {c.after || '—'}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="pager">
        {cursors.length > 0 && (
          <button type="button" className="button-quiet" onClick={() => setCursors([])}>
            {t('audit.newest')}
          </button>
        )}
        {page?.hasOlder && oldest !== undefined && (
          <button type="button" className="button-secondary" onClick={() => setCursors([...cursors, oldest])}>
            {t('audit.older')}
          </button>
        )}
      </div>
    </section>
  );
}
