import type { PerimeterWork, UpgradeItem, WorkState } from '../../../shared/domain';
import { useServices } from '../../services/useServices';
import { useCommand } from '../../hooks/useCommand';
import { formatDateTime } from '../../i18n/format';
import type { MessageKey } from '../../i18n/translate';
import { describeWorkDone } from './describeWorkDone';
import { useI18n } from '../../i18n/useI18n';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { formatSpan } from './dates';
import { nextState } from './stateMove';
import { WorkStateLabel } from '../../ui/WorkStateLabel';

interface Props {
  items: UpgradeItem[];
  works: Map<string, PerimeterWork>;
  timeZone: string;
  onEdit: (item: UpgradeItem) => void;
  onDelete: (item: UpgradeItem) => void;
}

/** What the one-click button says for each state: "开工", "完工", "验收"; nothing once checked. */
const advanceLabel: Record<WorkState, MessageKey | null> = {
  planned: 'perimeter.advance.planned',
  'under-way': 'perimeter.advance.under-way',
  done: 'perimeter.advance.done',
  checked: null,
};

/** The items, one row each; the next step of an item is one click on its row. */
export function UpgradeTable({ items, works, timeZone, onEdit, onDelete }: Props) {
  const { t, locale } = useI18n();
  const services = useServices();
  const { run, error, busy, clearError } = useCommand();
  const advance = (item: UpgradeItem) => {
    const to = nextState(item.state);
    if (!to) return;
    // The command (and zod with it) loads on first use, not at start.
    void run(async () =>
      (await import('./commands')).perimeterCommands.advanceUpgradeItem(services, {
        id: item.id,
        to,
        describe: describeWorkDone(t),
      }),
    );
  };
  return (
    <>
      <ErrorMessage message={error} onDismiss={clearError} />
      <table className="table upgrade-table" data-testid="upgrade-table">
        <thead>
          <tr>
            <th scope="col">{t('perimeter.col.title')}</th>
            <th scope="col">{t('perimeter.col.work')}</th>
            <th scope="col">{t('perimeter.col.state')}</th>
            <th scope="col">{t('perimeter.col.responsible')}</th>
            <th scope="col">{t('perimeter.col.planned')}</th>
            <th scope="col">{t('perimeter.col.actual')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('perimeter.col.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((it) => {
            const work = it.workId === null ? undefined : works.get(it.workId);
            const label = advanceLabel[it.state];
            return (
              <tr key={it.id} data-testid="upgrade-row" data-state={it.state}>
                <th scope="row">
                  <span className="upgrade-title">{it.title}</span>
                  {it.notes && (
                    <span className="upgrade-notes" title={it.notes}>
                      {it.notes}
                    </span>
                  )}
                </th>
                <td>{work ? t(`workKind.${work.kind}`) : <span className="muted">{t('perimeter.noWork')}</span>}</td>
                <td>
                  <WorkStateLabel state={it.state} />
                </td>
                <td>{it.responsible}</td>
                <td className="num">{formatSpan(it.plannedStart, it.plannedEnd, locale, timeZone)}</td>
                <td className="num">
                  {formatSpan(it.actualStart, it.actualEnd, locale, timeZone)}
                  {it.checkedAt !== null && (
                    <span className="upgrade-checked">
                      {t('perimeter.checkedBy', {
                        name: it.checkedBy,
                        at: formatDateTime(it.checkedAt, locale, timeZone),
                      })}
                    </span>
                  )}
                </td>
                <td className="upgrade-actions">
                  {label && (
                    <button type="button" className="button-primary" disabled={busy} onClick={() => advance(it)}>
                      {t(label)}
                    </button>
                  )}
                  <button type="button" className="button-secondary" onClick={() => onEdit(it)}>
                    {t('perimeter.edit')}
                  </button>
                  <button type="button" className="button-quiet" onClick={() => onDelete(it)}>
                    {t('perimeter.delete')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
