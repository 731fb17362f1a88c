import { useLayoutEffect, useMemo } from 'react';
import type { SheetHeader } from '../../../../shared/print/sheetData';
import { cssString } from '../../../../shared/print/cssString';
import { shiftRangeText } from '../../../../shared/rules/shiftTimes';
import { useI18n } from '../../../i18n/useI18n';
import { splitPageText } from './pageText';
import { sheetStamp } from './sheetTime';

export interface RunningHead {
  topLeft: string;
  topRight: string;
  bottomLeft: string;
  page: [before: string, middle: string, after: string];
}

/**
 * The head and foot of every page (site, document, shift, leader; number; printed at and
 * by), put where the sheet's @page margin boxes read them: custom properties on :root.
 * Returned too, for the on-screen preview and for loading the font's glyphs they need.
 */
export function useRunningHead(header: SheetHeader): RunningHead {
  const { t } = useI18n();
  const head = useMemo((): RunningHead => {
    const tz = header.timeZone;
    const period = header.shift
      ? t('sheets.head.shift', {
          name: header.shift.name,
          date: header.date,
          ...shiftRangeText(header.shift.startsAt, header.shift.endsAt, tz),
        })
      : header.date;
    const parts = [header.siteName, t(`sheets.kind.${header.kind}`), period];
    if (header.leader) parts.push(t('sheets.head.leader', { name: header.leader }));
    if (header.closureDay !== null) parts.push(t('sheets.head.closureDay', { day: header.closureDay }));
    const foot = [t('sheets.head.printedAt', { time: sheetStamp(header.printedAt, tz) })];
    foot.push(t('sheets.head.operator', { name: header.operator ?? t('sheets.head.none') }));
    return {
      topLeft: parts.join(' · '),
      topRight:
        header.sheetNumber === null
          ? t('sheets.head.preview')
          : t('sheets.head.number', { number: header.sheetNumber }),
      bottomLeft: foot.join(' · '),
      page: splitPageText(t('sheets.head.page')),
    };
  }, [header, t]);

  useLayoutEffect(() => {
    const style = document.documentElement.style;
    const vars: [string, string][] = [
      ['--sheet-top-left', head.topLeft],
      ['--sheet-top-right', head.topRight],
      ['--sheet-bottom-left', head.bottomLeft],
      ['--sheet-page-before', head.page[0]],
      ['--sheet-page-middle', head.page[1]],
      ['--sheet-page-after', head.page[2]],
    ];
    for (const [name, text] of vars) style.setProperty(name, cssString(text));
    return () => {
      for (const [name] of vars) style.removeProperty(name);
    };
  }, [head]);
  return head;
}
