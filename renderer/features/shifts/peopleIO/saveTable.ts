import type { CordonBridge } from '../../../../shared/bridge/contract';
import { exportFileName, exportMime, toCsv, toXlsx, type ExportFormat, type ExportTable } from './writeTable';

/** Writes the table as xlsx or CSV and hands it to the host to save (the browser downloads it). */
export async function saveTable(
  bridge: CordonBridge,
  table: ExportTable,
  format: ExportFormat,
  baseName: string,
  filterName: string,
): Promise<{ saved: boolean; fileName: string }> {
  const fileName = exportFileName(baseName, format);
  const data = format === 'xlsx' ? await toXlsx(table) : await toCsv(table);
  const result = await bridge.saveFile({
    suggestedName: fileName,
    mimeType: exportMime[format],
    data,
    filters: [{ name: filterName, extensions: [format] }],
  });
  return { saved: result.saved, fileName };
}
