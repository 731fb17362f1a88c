import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/useI18n';
import { chainSentence } from './chainText';
import type { ChainCheckState } from './useChainCheck';

/**
 * What a check of the audit trail found, chain by chain: whole chains in a status
 * region, broken ones in an alert, each with a way to its row in the list. While a long
 * check runs, how far it has got.
 */
export function ChainReportView({
  state,
  timeZone,
  onShow,
}: {
  state: ChainCheckState;
  /** The zone times are shown in when a chain's own site is gone. */
  timeZone: string;
  onShow: (seq: number) => void;
}) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const chains = state.phase === 'done' ? state.chains : [];
  const whole = chains.filter((c) => c.report.check.ok);
  const broken = chains.filter((c) => !c.report.check.ok);
  const progress = state.phase === 'working' ? state.progress : null;

  return (
    <div className="chain-report">
      <div role="status">
        {progress && (
          <p>
            {t(progress.stage === 'reading' ? 'auditChain.reading' : 'auditChain.progress', {
              done: formatNumber(progress.done, locale),
              total: formatNumber(progress.total, locale),
            })}
          </p>
        )}
        {state.phase === 'done' && chains.length === 0 && <p>{t('auditChain.empty')}</p>}
        {whole.length > 0 && (
          <ul className="chain-list">
            {whole.map((c) => (
              <li
                key={c.report.chain}
                className="chain-whole"
                title={c.report.check.ok ? t('auditChain.headLine', { head: c.report.check.head }) : undefined}
              >
                {chainSentence(c, i18n, timeZone)}
              </li>
            ))}
          </ul>
        )}
      </div>
      {(state.phase === 'failed' || broken.length > 0) && (
        <div role="alert">
          {state.phase === 'failed' && (
            <p className="chain-broken">{t('auditChain.failed', { message: state.message })}</p>
          )}
          {broken.length > 0 && (
            <ul className="chain-list">
              {broken.map((c) => {
                const seq = c.report.brokenAt?.seq;
                return (
                  <li key={c.report.chain} className="chain-broken">
                    <span>{chainSentence(c, i18n, timeZone)}</span>{' '}
                    {seq !== undefined && (
                      <button type="button" className="button-quiet" onClick={() => onShow(seq)}>
                        {t('auditChain.show')}
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
