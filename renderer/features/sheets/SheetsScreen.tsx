import { useEffect } from 'react';
import type { Site } from '../../../shared/domain';
import { localDate } from '../../../shared/time/zoned';
import { useLive } from '../../db/live/useLive';
import { shiftNow } from '../../db/queries/currentShift';
import { useAppInfo } from '../../hooks/useAppInfo';
import { useMinute } from '../../hooks/useMinute';
import { useI18n } from '../../i18n/useI18n';
import { ArchivedSheets } from './ArchivedSheets';
import { IssuedSheets } from './IssuedSheets';
import { PrintActions } from './PrintActions';
import { SheetDocument } from './print/PrintRoute';
import { sheetShiftsOfDay } from './queries';
import { SheetChooser } from './SheetChooser';
import { coversShift, paramsOf, resolveShift } from './sheetChoice';
import { useAddressedChoice } from './useAddressedChoice';
import './sheets.css';
import { usePrintSheet } from './usePrintSheet';

/**
 * 交班单: choose a document (the shift sheet, the day's roster, the activity log, the
 * patrol record), see it as it will print, and print it: as a PDF saved where the
 * operator chooses with a copy in the site's archive, or to the printer. Other screens
 * and Ctrl+P open it with the document chosen (`#/sheets?doc=…`, `&go=1` to print at once).
 */
export function SheetsScreen({ site }: { site: Site | null }) {
  if (!site) return null;
  return <SiteSheets site={site} />;
}

function SiteSheets({ site }: { site: Site }) {
  const { t } = useI18n();
  const minute = useMinute();
  const today = localDate(minute, site.timeZone);
  const { choice, go, setChoice, printed } = useAddressedChoice({
    kind: 'shift',
    date: today,
    shift: 'current',
    scope: 'shift',
  });
  const current = useLive(shiftNow, site.id, minute).data?.shift ?? null;
  const dayShifts = useLive(sheetShiftsOfDay, site.id, choice.date).data;
  const shift = resolveShift(choice.shift === 'current' ? (current?.id ?? '') : choice.shift, dayShifts ?? [], current);
  const host = useAppInfo()?.host ?? 'browser';
  const printer = usePrintSheet(site);
  const ready = dayShifts !== undefined && (!coversShift(choice) || shift !== null);

  // Asked to print at once (Ctrl+P, the header's button): once, when the shift is known.
  const { print } = printer;
  useEffect(() => {
    if (!go || !ready) return;
    printed();
    void print(choice, shift, 'pdf');
  }, [go, ready, choice, shift, print, printed]);

  return (
    <section className="screen sheets-screen">
      <h2>{t('sheets.screen.title')}</h2>
      <div className="sheets-layout">
        <div className="sheets-side">
          <SheetChooser
            choice={choice}
            shifts={dayShifts ?? []}
            shift={shift}
            timeZone={site.timeZone}
            onChange={setChoice}
          />
          <PrintActions
            host={host}
            disabled={!ready || printer.busy}
            onPrint={(output) => void printer.print(choice, shift, output)}
            progress={printer.progress}
            error={printer.error}
          />
          <IssuedSheets site={site} />
          <ArchivedSheets site={site} host={host} refreshKey={printer.progress} />
        </div>
        <section className="sheets-preview" aria-label={t('sheets.preview.title')}>
          <h3>{t('sheets.preview.title')}</h3>
          <p className="muted">{t('sheets.preview.note')}</p>
          <div className="sheets-paper">
            {ready && (
              <SheetDocument
                site={site}
                params={{ ...paramsOf(choice, shift?.id ?? null, null), dialog: false }}
                at={minute}
                printing={false}
              />
            )}
          </div>
        </section>
      </div>
    </section>
  );
}
