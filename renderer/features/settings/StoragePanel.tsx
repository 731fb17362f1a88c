import { useId } from 'react';
import { useI18n } from '../../i18n/useI18n';
import { NEARLY_FULL, formatBytes, formatShare, storageFigures } from './storageFigures';
import { usePersistence } from './usePersistence';
import { useStorageEstimate } from './useStorageEstimate';
import './storagePanel.css';

/**
 * Where the data lives and how much room it has: whether the browser promised to keep it,
 * the space used and the quota with the share used, and, past 80% of the quota, what to
 * do before saves fail.
 */
export function StoragePanel() {
  const { t, locale } = useI18n();
  const titleId = useId();
  const persistent = usePersistence();
  const estimate = useStorageEstimate();
  const figures = estimate.state === 'known' ? storageFigures(estimate.usage, estimate.quota) : null;
  const percent = figures ? formatShare(figures.share, locale) : '';
  return (
    <section aria-labelledby={titleId}>
      <h3 id={titleId}>{t('storage.title')}</h3>
      <dl className="facts">
        <dt>{t('storage.persistent')}</dt>
        <dd>{persistent ? t('storage.persistent.granted') : t('storage.persistent.denied')}</dd>
        {estimate.state === 'known' && (
          <>
            <dt>{t('storage.used')}</dt>
            <dd>{formatBytes(estimate.usage, locale)}</dd>
            <dt>{t('storage.quota')}</dt>
            <dd>{formatBytes(estimate.quota, locale)}</dd>
          </>
        )}
      </dl>
      {estimate.state === 'reading' && <p className="hint">{t('storage.reading')}</p>}
      {estimate.state === 'unknown' && <p className="hint">{t('storage.unknown')}</p>}
      {/* Against a fixed figure the bar would read 0% whatever the disk holds: the hint says why it is left out. */}
      {figures && !figures.fixedQuota && (
        <div className="storage-share">
          <meter
            aria-label={t('storage.shareLabel')}
            min={0}
            max={1}
            high={NEARLY_FULL}
            optimum={0}
            value={Math.min(figures.share, 1)}
          />
          <span>{t('storage.share', { percent })}</span>
        </div>
      )}
      {figures?.nearlyFull && <p className="storage-warning">{t('storage.nearlyFull', { percent })}</p>}
      {figures?.fixedQuota && <p className="hint">{t('storage.fixedQuota')}</p>}
    </section>
  );
}
