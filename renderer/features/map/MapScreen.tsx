import { Suspense, useCallback, useRef, useState } from 'react';
import type { Entrance, PerimeterWork, Site } from '../../../shared/domain';
import { useLive } from '../../db/live/useLive';
import { entrancesOfSite } from '../../db/queries/entrances';
import { patrolRoutesOfSite } from '../../db/queries/patrolRoutes';
import { postStaffing } from '../../db/queries/postStaffing';
import { useSiteWorks } from '../../hooks/useSiteWorks';
import { useSharedDialogs } from '../../services/SharedDialogs';
import { WorkPanel } from './WorkPanel';
import { useI18n } from '../../i18n/useI18n';
import { useMinute } from '../../hooks/useMinute';
import { LazyMapEditor } from './edit/LazyMapEditor';
import { EntrancePanel } from './EntrancePanel';
import { MapLegend } from '../../plan/MapLegend';
import { PlanImportButton } from './planImport/PlanImportButton';
import { SitePlanMap } from '../../plan/SitePlanMap';
import { EditHint, EditToolbar } from './edit/EditToolbar';
import { useMapEdit } from './edit/useMapEdit';
import { PlaceDialog, type Placing } from './edit/PlaceDialog';
import { MapKeysHelp } from './MapKeysHelp';
import { useMapKeys } from './useMapKeys';
import { orderWorks, stepThroughWorks } from '../../../shared/rules/workOrder';
import { workName } from '../../ui/workName';

/**
 * The plan at full size: every layer, a legend, and a side panel for what is selected.
 * Its first read (every layer) is listed in ./reads.ts.
 */
export function MapScreen({ site }: { site: Site | null }) {
  const { t } = useI18n();
  const minute = useMinute();
  const siteId = site?.id ?? null;
  // One read of each layer for the map, the panels and the dialogs.
  const entrances = useLive(entrancesOfSite, siteId).data;
  const staffing = useLive(postStaffing, siteId, minute).data;
  const routes = useLive(patrolRoutesOfSite, siteId).data;
  const { list: workList, byId: works } = useSiteWorks(siteId);
  const dialogs = useSharedDialogs();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [selectedWorkId, setSelectedWorkId] = useState<string | null>(null);
  const edit = useMapEdit(site?.id);
  const [placing, setPlacing] = useState<Placing | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const selectByKey = useCallback((e: Entrance) => {
    setSelectedWorkId(null);
    setSelectedId(e.id);
    setFocusRequest((n) => n + 1);
  }, []);
  // The keyboard's order of the works, sorted when W is pressed after they or the language changed, not on every live update.
  const workOrder = useRef<{ list: readonly PerimeterWork[]; t: typeof t; ordered: PerimeterWork[] } | null>(null);
  const stepWork = useCallback(
    (direction: 1 | -1) => {
      const list = workList ?? [];
      if (workOrder.current?.list !== list || workOrder.current.t !== t)
        workOrder.current = { list, t, ordered: orderWorks(list, (w) => workName(w, t)) };
      const next = stepThroughWorks(workOrder.current.ordered, selectedWorkId, direction);
      if (!next) return;
      setSelectedId(null);
      setSelectedWorkId(next.id);
      setFocusRequest((n) => n + 1);
    },
    [workList, selectedWorkId, t],
  );
  // Stable: every marker on the map is given them, and a new function would redraw each one.
  const selectEntrance = useCallback((e: Entrance) => {
    setSelectedWorkId(null);
    setSelectedId(e.id);
    setFocusRequest(0);
  }, []);
  const selectWork = useCallback((w: PerimeterWork) => {
    setSelectedId(null);
    setSelectedWorkId(w.id);
    setFocusRequest(0);
  }, []);
  const closeDetails = useCallback(() => {
    setSelectedId(null);
    setSelectedWorkId(null);
  }, []);
  useMapKeys(entrances, selectByKey, stepWork, closeDetails, edit.tool !== null);
  if (!site) return null;
  // Looked up live, so the panel follows changes made here or in another window.
  const selected: Entrance | undefined = entrances?.find((e) => e.id === selectedId);
  // The work too is looked up live, so its state follows changes made from its items.
  const currentWork = selectedWorkId ? (works?.get(selectedWorkId) ?? null) : null;
  const selectedStaffing = selected && staffing?.find((s) => s.post.entranceId === selected.id);
  // In edit mode a selected line is reshaped in the editor, which draws it meanwhile.
  const reshaping = edit.editing && currentWork?.geometry.type === 'line' ? currentWork : null;
  return (
    <section className="screen map-screen">
      <div className="plan-title-row">
        <h2>{t('map.title')}</h2>
        <EditToolbar edit={edit} selectedWork={currentWork} />
        <PlanImportButton site={site} />
      </div>
      <div className="map-screen-body map-edit-body">
        <EditHint edit={edit} selectedWork={currentWork} />
        <SitePlanMap
          full
          moves={edit.editing ? edit.handlers : undefined}
          hiddenWorkId={reshaping?.id}
          selectedWork={currentWork}
          works={workList}
          routes={routes}
          site={site}
          entrances={entrances ?? []}
          staffing={staffing ?? []}
          onSelectEntrance={selectEntrance}
          onSelectWork={selectWork}
        >
          {edit.editing && (
            <Suspense fallback={null}>
              <LazyMapEditor
                edit={{
                  handlers: edit.handlers,
                  tool: edit.tool,
                  onToolDone: () => edit.setTool(null),
                  onPlace: (what, at) => setPlacing({ what, at }),
                  onReady: edit.markEditorReady,
                }}
                reshaping={reshaping}
              />
            </Suspense>
          )}
        </SitePlanMap>
        <aside className="legend" aria-label={selected ? selected.name : t('map.legend')}>
          {selected ? (
            <EntrancePanel
              site={site}
              entrance={selected}
              staffing={selectedStaffing}
              onChangeState={() => dialogs.changeEntranceState(selected)}
              onClose={() => setSelectedId(null)}
              focusRequest={focusRequest}
            />
          ) : currentWork ? (
            <WorkPanel
              work={currentWork}
              onAddUpgrade={() => dialogs.addUpgrade(currentWork)}
              onClose={() => setSelectedWorkId(null)}
              focusRequest={focusRequest}
            />
          ) : (
            <>
              <MapLegend />
              <MapKeysHelp />
            </>
          )}
        </aside>
      </div>
      <PlaceDialog
        siteId={site.id}
        plan={site.plan}
        placing={placing}
        entrances={entrances ?? []}
        routes={routes ?? []}
        postCount={staffing?.length ?? 0}
        onClose={() => setPlacing(null)}
      />
    </section>
  );
}
