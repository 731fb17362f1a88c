import type { SheetHeader } from '../../../../shared/print/sheetData';
import { shiftRangeText } from '../../../../shared/rules/shiftTimes';
import { useI18n } from '../../../i18n/useI18n';
import { sheetStamp } from './sheetTime';

/** The first page's block of facts, in the order of the ICS 201 briefing's header. */
export function TitleFacts({ header, leaderPhone }: { header: SheetHeader; leaderPhone?: string }) {
  const { t } = useI18n();
  const tz = header.timeZone;
  const none = t('sheets.head.none');
  const closure = header.closureDay === null ? '' : t('sheets.head.closureDay', { day: header.closureDay });
  const range = header.shift ? shiftRangeText(header.shift.startsAt, header.shift.endsAt, tz) : null;
  const rows: [string, string][] = [
    [t('sheets.title.site'), [header.siteName, header.town].filter(Boolean).join(' · ')],
    [
      t('sheets.title.shift'),
      [header.shift?.name, header.date, closure].filter((part) => part !== undefined && part !== '').join(' · '),
    ],
  ];
  if (range) rows.push([t('sheets.title.time'), `${range.start}–${range.end}`]);
  if (header.shift) {
    rows.push([
      t('sheets.title.leader'),
      header.leader ? [header.leader, leaderPhone].filter(Boolean).join(' · ') : none,
    ]);
  }
  rows.push(
    [t('sheets.title.operator'), header.operator ?? none],
    [t('sheets.title.printedAt'), sheetStamp(header.printedAt, tz)],
    [t('sheets.title.number'), header.sheetNumber ?? t('sheets.head.preview')],
  );
  return (
    <dl className="sheet-facts">
      {rows.map(([term, value], i) => (
        <div key={i} style={{ display: 'contents' }}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
