import type { DayRosterData } from '../../../../shared/print/sheetData';
import { shiftRangeText } from '../../../../shared/rules/shiftTimes';
import { useI18n } from '../../../i18n/useI18n';
import { PostsTable } from '../parts/PostsTable';
import { SheetFrame } from '../parts/SheetFrame';

/** The roster of a whole day: every shift, its leader, every post and the people on it with their phones. */
export function DayRosterSheet({ data }: { data: DayRosterData }) {
  const { t } = useI18n();
  const { timeZone: tz, date } = data.header;
  const title = t('sheets.kind.day-roster');
  return (
    <SheetFrame header={data.header} title={title}>
      {data.shifts.length === 0 && <p>{t('sheets.roster.none')}</p>}
      {data.shifts.map((shift) => (
        <section key={shift.startsAt} aria-label={shift.name}>
          <h2>
            {t('sheets.roster.shift', { name: shift.name, ...shiftRangeText(shift.startsAt, shift.endsAt, tz) })}
            {' · '}
            {t('sheets.roster.leader', { name: shift.leader ?? t('sheets.head.none') })}
          </h2>
          <PostsTable posts={shift.posts} timeZone={tz} date={date} withBoxes={false} />
        </section>
      ))}
    </SheetFrame>
  );
}
