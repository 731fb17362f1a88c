import type { PerimeterWork } from '../../../shared/domain';
import { useI18n } from '../../i18n/useI18n';
import { useItemsOfWork } from '../perimeter/useItemsOfWork';
import { WorkStateLabel } from '../perimeter/WorkStateLabel';

/**
 * A selected piece of perimeter work (a wall segment, the netting, a camera): its state,
 * the upgrade items on it, and one button to start a new one right here.
 */
export function WorkPanel({ work, onAddUpgrade, onClose }: { work: PerimeterWork; onAddUpgrade: () => void; onClose: () => void }) {
  const { t } = useI18n();
  const items = useItemsOfWork(work.id);
  return (
    <section className="entrance-panel" aria-label={work.label || t(`workKind.${work.kind}`)} data-testid="work-panel">
      <div className="panel-head">
        <h3>{work.label || t(`workKind.${work.kind}`)}</h3>
        <button type="button" className="button-quiet" onClick={onClose}>{t('map.panel.close')}</button>
      </div>
      <p className="hint">{t(`workKind.${work.kind}`)}</p>
      <WorkStateLabel state={work.state} />
      <h4>{t('map.panel.upgrades')}</h4>
      {items?.length === 0 && <p className="hint">{t('map.panel.noUpgrades')}</p>}
      <ul className="panel-history" data-testid="work-items">
        {items?.map((i) => (
          <li key={i.id}>
            {i.title} · {t(`workState.${i.state}`)}
          </li>
        ))}
      </ul>
      <button type="button" className="button-primary" onClick={onAddUpgrade}>{t('map.panel.addUpgrade')}</button>
    </section>
  );
}
