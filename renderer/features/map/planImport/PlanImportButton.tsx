import { useState } from 'react';
import type { Site } from '../../../../shared/domain';
import { useI18n } from '../../../i18n/useI18n';
import { PlanImportDialog } from './PlanImportDialog';

/** The map screen's way in: imports the first picture of the plan, or replaces the current one. */
export function PlanImportButton({ site }: { site: Site }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button-quiet" onClick={() => setOpen(true)}>
        {site.plan.kind === 'image' ? t('plan.replace') : t('plan.import')}
      </button>
      <PlanImportDialog site={site} open={open} onClose={() => setOpen(false)} />
    </>
  );
}
