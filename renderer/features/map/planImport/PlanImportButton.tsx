import { useState } from 'react';
import type { Site } from '../../../../shared/domain';
import { useI18n } from '../../../i18n/useI18n';
import { PlanImportDialog } from './PlanImportDialog';
import { PlanScaleDialog } from './PlanScaleDialog';

/** The map screen's ways in: import the first picture of the plan or replace it, and set the scale of the one in place. */
export function PlanImportButton({ site }: { site: Site }) {
  const { t } = useI18n();
  const [open, setOpen] = useState<'import' | 'scale' | null>(null);
  return (
    <div className="plan-buttons">
      <button type="button" className="button-quiet" onClick={() => setOpen('scale')}>
        {t('plan.setScale')}
      </button>
      <button type="button" className="button-quiet" onClick={() => setOpen('import')}>
        {site.plan.kind === 'image' ? t('plan.replace') : t('plan.import')}
      </button>
      <PlanImportDialog site={site} open={open === 'import'} onClose={() => setOpen(null)} />
      <PlanScaleDialog site={site} open={open === 'scale'} onClose={() => setOpen(null)} />
    </div>
  );
}
