import { useState, type SyntheticEvent } from 'react';
import type { Point, Site } from '../../../../shared/domain';
import { useServices } from '../../../services/useServices';
import { useCommand } from '../../../hooks/useCommand';
import { formatRounded } from '../../../i18n/format';
import { useI18n } from '../../../i18n/useI18n';
import { Dialog } from '../../../ui/Dialog';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { usePlanUrl } from '../../../plan/usePlanUrl';
import { ScaleLine } from './ScaleLine';
import './planImport.css';
import { DialogActions } from '../../../ui/DialogActions';
import { scaleFromLine } from './scaleFromLine';

/**
 * Sets or corrects the scale of the plan already in place, without choosing a picture
 * again: a line between two points of known distance on the current plan.
 */
export function PlanScaleDialog({ site, open, onClose }: { site: Site; open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Dialog title={t('plan.setScale')} open={open} onClose={onClose}>
      {open && <PlanScaleForm site={site} onDone={onClose} />}
    </Dialog>
  );
}

function PlanScaleForm({ site, onDone }: { site: Site; onDone: () => void }) {
  const { t, locale } = useI18n();
  const services = useServices();
  // The site as the line is drawn on it: a scale for a plan replaced since is refused.
  const [opened, setOpened] = useState(site);
  const url = usePlanUrl(opened.plan);
  const { run, error, changedSince, busy, clearError } = useCommand(site.timeZone);
  const [points, setPoints] = useState<Point[]>([]);
  const [metres, setMetres] = useState('');
  const { plan } = opened;
  const { units, drawn } = scaleFromLine(points, metres);
  const fmt = (n: number, digits: number) => formatRounded(n, digits, locale);

  const save = async (e: SyntheticEvent) => {
    e.preventDefault();
    if (!drawn || busy) return;
    const saved = await run(async () =>
      (await import('./commands')).planCommands.setPlanScale(services, { opened, metresPerUnit: drawn }),
    );
    if (saved) onDone();
  };
  const reload = () => {
    setOpened(site);
    setPoints([]);
    clearError();
  };

  return (
    <form className="plan-import" onSubmit={(e) => void save(e)}>
      <p className="plan-note" data-testid="plan-scale-current">
        {plan.metresPerUnit ? t('plan.scaleCurrent', { metres: fmt(plan.metresPerUnit, 4) }) : t('plan.scaleUnset')}
      </p>
      {url ? (
        <ScaleLine
          url={url}
          width={plan.width}
          height={plan.height}
          points={points}
          onPoints={setPoints}
          metres={metres}
          onMetres={setMetres}
          focusLength
        />
      ) : (
        <p className="plan-note" role="status">
          {t('plan.reading')}
        </p>
      )}
      <p className="plan-note" data-testid="plan-scale" role="status">
        {drawn ? t('plan.scaleResult', { metres: fmt(drawn, 4), units: fmt(units, 1) }) : t('plan.scaleNeedLine')}
      </p>
      <ErrorMessage message={error} onDismiss={clearError} onReload={changedSince ? reload : undefined} />
      <DialogActions cancel={t('plan.cancel')} onCancel={onDone} confirm={t('plan.save')} disabled={!drawn || busy} />
    </form>
  );
}
