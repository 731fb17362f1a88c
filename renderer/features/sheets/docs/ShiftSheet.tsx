import type { ShiftSheetData } from '../../../../shared/print/sheetData';
import { useI18n } from '../../../i18n/useI18n';
import { EntrancesTable } from '../parts/EntrancesTable';
import { HandoverNotes } from '../parts/HandoverNotes';
import { OpenItems } from '../parts/OpenItems';
import { PostsTable } from '../parts/PostsTable';
import { RoundsTable } from '../parts/RoundsTable';
import { SheetFrame } from '../parts/SheetFrame';
import { SheetPlan } from '../parts/SheetPlan';
import { Signatures } from '../parts/Signatures';
import { TitleFacts } from '../parts/TitleFacts';

/**
 * The shift handover sheet (交班单), after the ICS 201 briefing and the ICS 204
 * assignment list: who leads, the plan, every entrance, every post and its people, the
 * patrol timetable, what is open, the notes handed on, and the lines to sign.
 */
export function ShiftSheet({ data }: { data: ShiftSheetData }) {
  const { t } = useI18n();
  const { timeZone: tz, date } = data.header;
  const title = t('sheets.kind.shift');
  return (
    <SheetFrame
      header={data.header}
      title={title}
      titleBlock={
        <div className="sheet-title-block">
          <div>
            <h1>
              {title} · {data.header.siteName}
            </h1>
            <TitleFacts header={data.header} leaderPhone={data.leader?.phone} />
          </div>
          <SheetPlan data={data.plan} />
        </div>
      }
    >
      <EntrancesTable entrances={data.entrances} timeZone={tz} date={date} />
      <section aria-label={t('sheets.posts.title')}>
        <h2>{t('sheets.posts.title')}</h2>
        <p>
          {data.leader
            ? t('sheets.posts.leaderLine', { name: data.leader.name, phone: data.leader.phone })
            : t('sheets.posts.noLeader')}
        </p>
        <PostsTable posts={data.posts} timeZone={tz} date={date} withBoxes />
        <p>
          {data.reserveCallUps.length === 0
            ? t('sheets.posts.reserveNone')
            : t('sheets.posts.reserveLine', {
                list: data.reserveCallUps
                  .map((r) =>
                    t('sheets.posts.reserveItem', {
                      name: r.name,
                      unit: t(`people.unit.${r.unit}`),
                      phone: r.phone,
                      post: r.post,
                    }),
                  )
                  .join(t('sheets.sep')),
              })}
        </p>
      </section>
      <section aria-label={t('sheets.rounds.title')}>
        <h2>{t('sheets.rounds.title')}</h2>
        <RoundsTable rounds={data.rounds} timeZone={tz} date={date} />
      </section>
      <OpenItems open={data.open} timeZone={tz} date={date} />
      <HandoverNotes data={data} />
      <Signatures auditHead={data.auditHead} />
    </SheetFrame>
  );
}
