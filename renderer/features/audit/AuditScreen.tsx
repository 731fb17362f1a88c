import { useState } from 'react';
import type { Site } from '../../../shared/domain';
import { useLive } from '../../db/live/useLive';
import { useI18n } from '../../i18n/useI18n';
import { AuditRow } from './AuditRow';
import { ChainReportView } from './ChainReportView';
import { auditPage } from './queries';
import { useChainCheck } from './useChainCheck';
import './audit.css';

/** The audit trail, newest first, a page at a time, and a check of its hash chains on demand. */
export function AuditScreen({ site }: { site: Site | null }) {
  const { t } = useI18n();
  const [cursors, setCursors] = useState<number[]>([]);
  const [shownSeq, setShownSeq] = useState<number | null>(null);
  const before = cursors.at(-1) ?? null;
  const page = useLive(auditPage, before).data;
  const tz = site?.timeZone ?? 'Asia/Shanghai';
  const oldest = page?.rows.at(-1)?.seq;
  const { state: check, start: startCheck } = useChainCheck();
  const brokenSeqs = new Set(
    check.phase === 'done' ? check.chains.flatMap((c) => (c.report.brokenAt?.seq ? [c.report.brokenAt.seq] : [])) : [],
  );
  // A page is the rows below a key: the one below the broken row's key plus one starts at that row.
  const show = (seq: number) => {
    setCursors([seq + 1]);
    setShownSeq(seq);
  };
  const go = (next: number[]) => {
    setCursors(next);
    setShownSeq(null);
  };

  return (
    <section className="screen">
      <h2>{t('audit.title')}</h2>
      <p className="hint">{t('audit.intro')}</p>
      <div className="chain-check">
        <button
          type="button"
          className="button-secondary"
          disabled={check.phase === 'working'}
          onClick={() => void startCheck()}
        >
          {check.phase === 'working' ? t('auditChain.verifying') : t('auditChain.verify')}
        </button>
        <ChainReportView state={check} timeZone={tz} onShow={show} />
      </div>
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
          {page?.rows.map((r) => (
            <AuditRow
              key={r.seq}
              row={r}
              timeZone={tz}
              broken={r.seq !== undefined && brokenSeqs.has(r.seq)}
              shown={r.seq !== undefined && r.seq === shownSeq}
            />
          ))}
        </tbody>
      </table>
      <div className="pager">
        {cursors.length > 0 && (
          <button type="button" className="button-quiet" onClick={() => go([])}>
            {t('audit.newest')}
          </button>
        )}
        {page?.hasOlder && oldest !== undefined && (
          <button type="button" className="button-secondary" onClick={() => go([...cursors, oldest])}>
            {t('audit.older')}
          </button>
        )}
      </div>
    </section>
  );
}
