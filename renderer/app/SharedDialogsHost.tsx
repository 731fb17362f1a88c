import { useMemo, useState, type ReactNode } from 'react';
import type { Site } from '../../shared/domain';
import { useLive } from '../db/live/useLive';
import { entrancesOfSite } from '../db/queries/entrances';
import { EntranceStateDialog } from '../features/entrances/EntranceStateDialog';
import { UpgradeItemDialog } from '../features/perimeter/UpgradeItemDialog';
import { SharedDialogsContext, type SharedDialogs } from '../services/SharedDialogs';

/**
 * Renders the dialogs several screens open (services/SharedDialogs), each from the
 * feature that owns it. The entrance is looked up live by id while its dialog is open,
 * so the dialog shows the state another window may have set meanwhile.
 */
export function SharedDialogsHost({ site, children }: { site: Site | null; children: ReactNode }) {
  const [entranceId, setEntranceId] = useState<string | null>(null);
  const [upgradeWorkId, setUpgradeWorkId] = useState<string | null>(null);
  // Stable: the plan's markers are given these, and a new function would redraw each one.
  const dialogs = useMemo<SharedDialogs>(
    () => ({
      changeEntranceState: (entrance) => setEntranceId(entrance.id),
      addUpgrade: (work) => setUpgradeWorkId(work.id),
    }),
    [],
  );
  // Read only while the dialog is open.
  const entrances = useLive(entrancesOfSite, entranceId !== null && site ? site.id : null).data;
  const entrance = (entranceId !== null && entrances?.find((e) => e.id === entranceId)) || null;
  return (
    <SharedDialogsContext.Provider value={dialogs}>
      {children}
      <EntranceStateDialog
        entrance={entrance}
        timeZone={site?.timeZone ?? 'Asia/Shanghai'}
        onClose={() => setEntranceId(null)}
      />
      {site && (
        <UpgradeItemDialog
          siteId={site.id}
          editing={upgradeWorkId !== null ? 'new' : null}
          presetWorkId={upgradeWorkId ?? undefined}
          timeZone={site.timeZone}
          onClose={() => setUpgradeWorkId(null)}
        />
      )}
    </SharedDialogsContext.Provider>
  );
}
