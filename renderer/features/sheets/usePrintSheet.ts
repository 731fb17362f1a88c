import { useCallback, useState } from 'react';
import type { PrintSheetResult } from '../../../shared/bridge/contract';
import type { Site } from '../../../shared/domain';
import { sheetFileName } from '../../../shared/print/sheetFiles';
import { sheetNumberText } from '../../../shared/print/sheetNumber';
import { useCommand } from '../../hooks/useCommand';
import { useI18n } from '../../i18n/useI18n';
import { useServices } from '../../services/useServices';
import { printRoute } from './print/printParams';
import { coversShift, paramsOf, type SheetChoice } from './sheetChoice';

export type PrintOutput = 'pdf' | 'printer';

/** Where the last print stands: under way (with its number), or finished with what the host did. */
export type PrintProgress =
  | { phase: 'working'; number: string; choice: SheetChoice }
  | { phase: 'finished'; number: string; choice: SheetChoice; result: PrintSheetResult };

/**
 * Prints a sheet: a number is issued (a command: the printed sheet is recorded with its
 * audit row and a log line), then the host renders the print route of that numbered sheet
 * and makes the PDF or opens the print dialog. The number is issued first so the paper,
 * the file's name and the archive all carry it.
 */
export function usePrintSheet(site: Site) {
  const services = useServices();
  const { t } = useI18n();
  const command = useCommand(site.timeZone);
  const [progress, setProgress] = useState<PrintProgress | null>(null);
  const { run } = command;

  const print = useCallback(
    async (choice: SheetChoice, shift: { id: string; name: string } | null, output: PrintOutput) =>
      run(async () => {
        const ofShift = coversShift(choice) ? shift : null;
        const { sheetCommands } = await import('./commands');
        const issued = await sheetCommands.issue(services, {
          siteId: site.id,
          describe: (n) => t('sheets.logLine', { kind: t(`sheets.kind.${choice.kind}`), number: n }),
          kind: choice.kind,
          shiftId: ofShift?.id ?? null,
          date: choice.date,
        });
        const number = sheetNumberText(issued.number);
        setProgress({ phase: 'working', number, choice });
        const fileName = sheetFileName({
          kind: choice.kind,
          date: choice.date,
          shiftName: ofShift?.name,
          sheetNumber: number,
        });
        const result = await services.bridge.printSheet({
          route: printRoute(paramsOf(choice, ofShift?.id ?? null, issued.id)),
          fileName,
          siteId: site.id,
          output,
        });
        setProgress({ phase: 'finished', number, choice, result });
      }),
    [run, services, site.id, t],
  );
  return { print, progress, error: command.error, busy: command.busy };
}
