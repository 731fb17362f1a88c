import { useState } from 'react';
import type { Site } from '../../../../shared/domain';
import { useLive } from '../../../db/live/useLive';
import { useMinute } from '../../../hooks/useMinute';
import { AddEntryForm } from './AddEntryForm';
import { IncidentsPanel } from './IncidentsPanel';
import { LogFilters, type LogFilter } from './LogFilters';
import { LogList } from './LogList';
import { dayPeriod, today, yearPeriod } from './period';
import { shiftsOfDay } from './queries';
import { sheetLinks } from '../../../services/sheetLinks';
import { useI18n } from '../../../i18n/useI18n';

/**
 * The activity log (工作日志): open incidents pinned on top whatever the filter, the form
 * for a new line, the filters, and the list of the period, newest first.
 */
export function ActivityTab({ site }: { site: Site }) {
  const { t } = useI18n();
  const minute = useMinute();
  const [filter, setFilter] = useState<LogFilter>(() => ({
    all: false,
    date: today(minute, site.timeZone),
    shiftId: '',
    kind: '',
    text: '',
  }));
  const day = dayPeriod(filter.date, site.timeZone);
  const shifts = useLive(shiftsOfDay, site.id, day.from, day.to).data ?? [];
  const shift = shifts.find((s) => s.id === filter.shiftId);
  const period = filter.all ? yearPeriod(minute) : shift ? { from: shift.startsAt, to: shift.endsAt } : day;

  return (
    <div className="activity-tab">
      <IncidentsPanel site={site} />
      <AddEntryForm site={site} />
      <LogFilters filter={filter} shifts={shifts} timeZone={site.timeZone} onChange={setFilter} />
      <a className="button-secondary log-print" href={sheetLinks.activityLog(filter.date, shift?.id ?? null)}>
        {t(shift ? 'log.printShift' : 'log.printDay', { date: filter.date, shift: shift?.name ?? '' })}
      </a>
      <LogList site={site} from={period.from} to={period.to} kind={filter.kind} text={filter.text} />
    </div>
  );
}
