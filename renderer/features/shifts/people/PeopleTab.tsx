import { useMemo, useRef, useState } from 'react';
import type { Group, Person, PersonUnit, Site } from '../../../../shared/domain';
import { useLive } from '../../../db/live/useLive';
import { useMinute } from '../../../hooks/useMinute';
import { useI18n } from '../../../i18n/useI18n';
import { PeopleFileActions } from '../peopleIO/PeopleFileActions';
import { groupsOfSite, peopleOfSite } from '../queries';
import { GroupsPanel } from './GroupsPanel';
import { PeopleFilterBar } from './PeopleFilterBar';
import { PeopleTable } from './PeopleTable';
import { PersonDialog } from './PersonDialog';
import { StandDownDialog, type StandDownAsk } from './StandDownDialog';
import { filterPeople, noFilter, searchRows, type PeopleFilter } from './peopleFilter';
import { onDutyNow } from './queries';
import { useSearchFirst } from './useSearchFirst';
import './people.css';

const noPeople: Person[] = [];
const noGroups: Group[] = [];
const noIds: string[] = [];

/**
 * The people tab: everyone who works the site, searched and filtered as one types, in a
 * list that draws only the rows in view (a few hundred people stay quick to scroll), and
 * the working groups with their leaders beside it.
 */
export function PeopleTab({ site }: { site: Site | null }) {
  const { t } = useI18n();
  const siteId = site?.id ?? null;
  const minute = useMinute();
  const people = useLive(peopleOfSite, siteId).data ?? noPeople;
  const groups = useLive(groupsOfSite, siteId).data ?? noGroups;
  const onDutyIds = useLive(onDutyNow, siteId, minute).data ?? noIds;
  const [filter, setFilter] = useState<PeopleFilter>(noFilter);
  const [editing, setEditing] = useState<Person | 'new' | null>(null);
  const [asking, setAsking] = useState<StandDownAsk | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  useSearchFirst(searchRef);

  const groupById = useMemo(() => new Map(groups.map((g) => [g.id, g])), [groups]);
  const onDuty = useMemo(() => new Set(onDutyIds), [onDutyIds]);
  // Made once per list and language: typing only filters these, so each key costs a pass over a few hundred strings.
  const rows = useMemo(
    () => searchRows(people, groupById, (u: PersonUnit) => t(`people.unit.${u}`)),
    [people, groupById, t],
  );
  const shown = useMemo(() => filterPeople(rows, filter, groupById, onDuty), [rows, filter, groupById, onDuty]);

  if (!site) return null;
  const preset = {
    groupId: filter.group !== null && filter.group !== 'none' ? filter.group : undefined,
    reserve: filter.reserve || undefined,
  };
  return (
    <div className="people-tab">
      <div className="people-main">
        <h3 className="visually-hidden">{t('people.title')}</h3>
        <PeopleFilterBar filter={filter} groups={groups} onChange={setFilter} searchRef={searchRef} />
        <div className="people-toolbar">
          <p className="people-count" role="status" data-testid="people-count">
            {t('people.count', { shown: shown.length, total: people.length })}
          </p>
          <div className="people-actions">
            <button type="button" className="button-primary" onClick={() => setEditing('new')}>
              {t('people.add')}
            </button>
            <PeopleFileActions site={site} />
          </div>
        </div>
        <PeopleTable
          people={shown}
          groups={groupById}
          onDuty={onDuty}
          empty={people.length === 0 ? t('people.noneYet') : t('people.empty')}
          onEdit={setEditing}
          onStandDown={(person) => setAsking({ person, to: 'stood-down' })}
          onReinstate={(person) => setAsking({ person, to: 'active' })}
        />
      </div>
      <GroupsPanel site={site} groups={groups} people={people} />
      <PersonDialog
        siteId={site.id}
        timeZone={site.timeZone}
        editing={editing}
        groups={groups}
        preset={preset}
        onClose={() => setEditing(null)}
      />
      <StandDownDialog ask={asking} groups={groupById} timeZone={site.timeZone} onClose={() => setAsking(null)} />
    </div>
  );
}
