import { importFields, type ColumnMapping, type ImportField } from '../../../../shared/rules/peopleColumns';
import type { Sheet } from '../../../../shared/rules/peopleImport';
import { useI18n } from '../../../i18n/useI18n';

export const PREVIEW_ROWS = 5;

/**
 * The file's columns, what each is imported as (editable), and its first rows under them:
 * the operator sees what will go where before anything is written.
 */
export function MappingPreview({
  sheet,
  mapping,
  onMapping,
}: {
  sheet: Sheet;
  mapping: ColumnMapping;
  onMapping: (mapping: ColumnMapping) => void;
}) {
  const { t } = useI18n();
  const width = Math.max(sheet.header.length, ...sheet.rows.slice(0, PREVIEW_ROWS).map((r) => r.cells.length));
  const columns = Array.from({ length: width }, (_, i) => i);
  const headerOf = (i: number) => sheet.header[i]?.trim() || t('peopleIO.emptyHeader', { column: i + 1 });
  const choose = (column: number, value: string) => {
    const field = importFields.find((f) => f === value) ?? null;
    // A field goes to one column: the column that had it gives it up.
    onMapping(columns.map((i) => (i === column ? field : mapping[i] === field ? null : (mapping[i] ?? null))));
  };
  const preview = sheet.rows.slice(0, PREVIEW_ROWS);
  return (
    <div className="people-io-scroll">
      <table className="table people-io-table" aria-label={t('peopleIO.mapping')}>
        <caption>
          {t('peopleIO.mapping')} · {t('peopleIO.preview', { count: preview.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('peopleIO.row')}
            </th>
            {columns.map((i) => (
              <th key={i} scope="col">
                {headerOf(i)}
              </th>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('peopleIO.columnField')}</th>
            {columns.map((i) => (
              <td key={i}>
                <select
                  aria-label={t('peopleIO.columnFieldOf', { header: headerOf(i) })}
                  value={mapping[i] ?? ''}
                  data-mapped={mapping[i] ? 'true' : 'false'}
                  onChange={(e) => choose(i, e.target.value)}
                >
                  <option value="">{t('peopleIO.field.none')}</option>
                  {importFields.map((f: ImportField) => (
                    <option key={f} value={f}>
                      {t(`peopleIO.field.${f}`)}
                    </option>
                  ))}
                </select>
              </td>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.map((r) => (
            <tr key={r.row}>
              <td className="num">{r.row}</td>
              {columns.map((i) => (
                <td key={i} className={mapping[i] ? undefined : 'people-io-unused'}>
                  {r.cells[i] ?? ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
