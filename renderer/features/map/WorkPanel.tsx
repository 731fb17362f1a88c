import { useRef } from 'react';
import type { PerimeterWork } from '../../../shared/domain';
import { useI18n } from '../../i18n/useI18n';
import { useLive } from '../../db/live/useLive';
import { itemsOfWork } from '../../db/queries/itemsOfWork';
import { WorkStateLabel } from '../../ui/WorkStateLabel';
import { useFocusOnRequest } from '../../ui/useFocusOnRequest';
import { workName } from '../../ui/workName';

/**
 * A selected piece of perimeter work (a wall segment, the netting, a camera): its state,
 * the upgrade items on it, and one button to start a new one right here.
 */
export function WorkPanel({
  work,
  onAddUpgrade,
  onClose,
  focusRequest = 0,
}: {
  work: PerimeterWork;
  onAddUpgrade: () => void;
  onClose: () => void;
  /** Bumped when the work was chosen with the keyboard: the focus goes to "add an upgrade". */
  focusRequest?: number;
}) {
  const { t } = useI18n();
  const items = useLive(itemsOfWork, work.id).data;
  const addButton = useRef<HTMLButtonElement>(null);
  useFocusOnRequest(addButton, focusRequest, work.id);
  return (
    <section className="entrance-panel" aria-label={workName(work, t)} data-testid="work-panel">
      <div className="panel-head">
        <h3>{workName(work, t)}</h3>
        <button type="button" className="button-quiet" onClick={onClose}>
          {t('map.panel.close')}
        </button>
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
      <button ref={addButton} type="button" className="button-primary" onClick={onAddUpgrade}>
        {t('map.panel.addUpgrade')}
      </button>
    </section>
  );
}
