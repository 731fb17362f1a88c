import { useMemo, useRef, useState } from 'react';
import type { Group, Person, Site } from '../../../../shared/domain';
import { useI18n } from '../../../i18n/useI18n';
import { useRemScale } from '../../../ui/useRemScale';
import { GroupDialog } from './GroupDialog';
import { useFillHeight } from './useFillHeight';

/**
 * The working groups in their order: side, how many members are on the roll, and who
 * leads each. Adding, renaming and naming a leader go through the group dialog.
 */
export function GroupsPanel({
  site,
  groups,
  people,
}: {
  site: Site;
  groups: readonly Group[];
  people: readonly Person[];
}) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<Group | 'new' | null>(null);
  const scale = useRemScale();
  const listRef = useRef<HTMLUListElement>(null);
  // The list scrolls by itself beside the people's, down to the window's bottom edge.
  const height = useFillHeight(listRef, Math.round(30 * scale), Math.round(160 * scale));
  const members = useMemo(() => {
    const byGroup = new Map<string, Person[]>();
    for (const p of people) {
      if (p.groupId === null || !p.active) continue;
      const list = byGroup.get(p.groupId) ?? [];
      list.push(p);
      byGroup.set(p.groupId, list);
    }
    return byGroup;
  }, [people]);
  const nameOf = useMemo(() => new Map(people.map((p) => [p.id, p.name])), [people]);

  return (
    <section className="people-groups" aria-labelledby="people-groups-title">
      <div className="people-groups-head">
        <h3 id="people-groups-title">{t('people.groups')}</h3>
        <button type="button" className="button-secondary" onClick={() => setEditing('new')}>
          {t('people.addGroup')}
        </button>
      </div>
      <ul ref={listRef} className="people-group-list" aria-label={t('people.groupsList')} style={{ maxHeight: height }}>
        {groups.map((g) => {
          const leader = g.leaderId === null ? undefined : nameOf.get(g.leaderId);
          return (
            <li key={g.id} className="people-group" data-testid="group-item">
              <div className="people-group-title">
                <strong>{g.name}</strong>
                <span className={`badge people-side people-side-${g.side}`}>{t(`people.side.${g.side}`)}</span>
              </div>
              <div className="people-group-leader">
                {leader ? (
                  <span>{t('people.group.leaderNamed', { name: leader })}</span>
                ) : (
                  <span className="muted">{t('people.group.noLeader')}</span>
                )}
                <span className="people-group-count">
                  {t('people.group.members', { count: members.get(g.id)?.length ?? 0 })}
                </span>
                <button
                  type="button"
                  className="button-quiet"
                  aria-label={t('people.groupEditOf', { name: g.name })}
                  onClick={() => setEditing(g)}
                >
                  {t('people.edit')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <GroupDialog
        siteId={site.id}
        timeZone={site.timeZone}
        editing={editing}
        members={editing === null || editing === 'new' ? [] : (members.get(editing.id) ?? [])}
        onClose={() => setEditing(null)}
      />
    </section>
  );
}
