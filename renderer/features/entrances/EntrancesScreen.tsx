import type { Site } from '../../../shared/domain';
import { useLive } from '../../db/live/useLive';
import { entrancesOfSite } from '../../db/queries/entrances';
import { useI18n } from '../../i18n/useI18n';
import { useSharedDialogs } from '../../services/SharedDialogs';
import { EntranceStateLabel } from '../../ui/EntranceStateLabel';

export function EntrancesScreen({ site }: { site: Site | null }) {
  const { t } = useI18n();
  const entrances = useLive(entrancesOfSite, site?.id ?? null).data;
  const dialogs = useSharedDialogs();
  return (
    <section className="screen">
      <h2>{t('entrance.listTitle')}</h2>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('entrance.number')}</th>
            <th scope="col">{t('entrance.name')}</th>
            <th scope="col">{t('entrance.kind')}</th>
            <th scope="col">{t('entrance.state')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('entrance.changeState')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {entrances?.map((e) => (
            <tr key={e.id}>
              <td className="num">{e.number}</td>
              <th scope="row">{e.name}</th>
              <td>{t(`entranceKind.${e.kind}`)}</td>
              <td>
                <EntranceStateLabel state={e.state} />
              </td>
              <td>
                <button type="button" className="button-secondary" onClick={() => dialogs.changeEntranceState(e)}>
                  {t('entrance.changeState')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
