import { useState } from 'react';
import type { Entrance, Site } from '../../../shared/domain';
import { useI18n } from '../../i18n/useI18n';
import { EntranceStateLabel } from '../../ui/EntranceStateLabel';
import { EntranceStateDialog } from './EntranceStateDialog';
import { useEntrances } from './useEntrances';

export function EntrancesScreen({ site }: { site: Site | null }) {
  const { t } = useI18n();
  const entrances = useEntrances(site?.id);
  const [changing, setChanging] = useState<Entrance | null>(null);
  const current = changing && entrances?.find((e) => e.id === changing.id);
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
                <button type="button" className="button-secondary" onClick={() => setChanging(e)}>
                  {t('entrance.changeState')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <EntranceStateDialog
        entrance={current ?? null}
        timeZone={site?.timeZone ?? 'Asia/Shanghai'}
        onClose={() => setChanging(null)}
      />
    </section>
  );
}
