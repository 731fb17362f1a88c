import type { Site } from '../../../shared/domain';
import { useI18n } from '../../i18n/useI18n';
import { Tabs, type TabDef } from '../../ui/Tabs';
import { BoardTab } from './board/BoardTab';
import { DutyTab } from './duty/DutyTab';
import { PatternsTab } from './patterns/PatternsTab';
import { PeopleTab } from './people/PeopleTab';
import './shifts.css';

const tabs: readonly TabDef[] = [
  { id: 'board', label: 'shifts.tab.board', Tab: BoardTab },
  { id: 'duty', label: 'shifts.tab.duty', Tab: DutyTab },
  { id: 'people', label: 'shifts.tab.people', Tab: PeopleTab },
  { id: 'patterns', label: 'shifts.tab.patterns', Tab: PatternsTab },
];

/**
 * Guard shifts: the assignment board, who is on duty now, the people and groups, and the
 * shift patterns with the board's rules.
 */
export function ShiftsScreen({ site }: { site: Site | null }) {
  const { t } = useI18n();
  return (
    <section className="screen shifts-screen">
      <h2 className="visually-hidden">{t('nav.shifts')}</h2>
      <Tabs name="shifts" label={t('nav.shifts')} tabs={tabs} site={site} />
    </section>
  );
}
