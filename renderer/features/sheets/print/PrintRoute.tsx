import type { ReactNode } from 'react';
import type { Site } from '../../../../shared/domain';
import { localDate } from '../../../../shared/time/zoned';
import { useLive } from '../../../db/live/useLive';
import { useI18n } from '../../../i18n/useI18n';
import { ActivityLogSheet } from '../docs/ActivityLogSheet';
import { DayRosterSheet } from '../docs/DayRosterSheet';
import { PatrolRecordSheet } from '../docs/PatrolRecordSheet';
import { ShiftSheet } from '../docs/ShiftSheet';
import { activityLogSheet, dayRosterSheet, patrolRecordSheet, shiftSheet } from '../queries';
import '../sheet.css';
import type { PrintParams } from './printParams';
import { useSheetReady } from './useSheetReady';

/**
 * A print route (`#/print/...`): one document, from one snapshot of the store, drawn
 * outside the app's shell so nothing clips it to one screen. It tells the host when it
 * can be printed (useSheetReady); the host makes the PDF or opens the print dialog.
 */
export function PrintRoute({ site, params, at }: { site: Site; params: PrintParams; at: number }) {
  return <SheetDocument site={site} params={params} at={at} printing />;
}

/** One document as it prints; the sheets screen shows it too, as the preview (`printing` false). */
export function SheetDocument({ site, params, at, printing }: RouteProps) {
  const date = params.date ?? localDate(at, site.timeZone);
  const props = { site, params, at, printing };
  switch (params.kind) {
    case 'shift':
      return <ShiftRoute {...props} />;
    case 'day-roster':
      return <DayRosterRoute {...props} date={date} />;
    case 'activity-log':
      return <ActivityLogRoute {...props} date={date} />;
    case 'patrol-record':
      return <PatrolRecordRoute {...props} />;
  }
}

interface RouteProps {
  site: Site;
  params: PrintParams;
  at: number;
  printing: boolean;
}

function ShiftRoute({ site, params, at, printing }: RouteProps) {
  const { data, loading } = useLive(shiftSheet, site.id, params.shift ?? 'current', at, params.sheetId);
  return (
    <Printed loading={loading} printing={printing}>
      {data && <ShiftSheet data={data} />}
    </Printed>
  );
}

function DayRosterRoute({ site, params, at, printing, date }: RouteProps & { date: string }) {
  const { data, loading } = useLive(dayRosterSheet, site.id, date, at, params.sheetId);
  return (
    <Printed loading={loading} printing={printing}>
      {data && <DayRosterSheet data={data} />}
    </Printed>
  );
}

function ActivityLogRoute({ site, params, at, printing, date }: RouteProps & { date: string }) {
  const { data, loading } = useLive(activityLogSheet, site.id, params.shift, date, at, params.sheetId);
  return (
    <Printed loading={loading} printing={printing}>
      {data && <ActivityLogSheet data={data} />}
    </Printed>
  );
}

function PatrolRecordRoute({ site, params, at, printing }: RouteProps) {
  const { data, loading } = useLive(patrolRecordSheet, site.id, params.shift ?? 'current', at, params.sheetId);
  return (
    <Printed loading={loading} printing={printing}>
      {data && <PatrolRecordSheet data={data} />}
    </Printed>
  );
}

/** The document once read, or why there is none; ready for the host either way once read. */
function Printed({ loading, printing, children }: { loading: boolean; printing: boolean; children: ReactNode }) {
  const { t } = useI18n();
  useSheetReady(printing && !loading);
  if (loading) return <p>{t('sheets.loading')}</p>;
  return children ?? <p role="alert">{t('sheets.missing')}</p>;
}
