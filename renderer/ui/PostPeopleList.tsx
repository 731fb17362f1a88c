import type { PostStaffing } from '../../shared/rules/staffing';
import { useI18n } from '../i18n/useI18n';

/** The people standing at a post: name, a leader badge, phone (operator screens only). */
export function PostPeopleList({ people }: { people: PostStaffing['people'] }) {
  const { t } = useI18n();
  return (
    <ul className="post-people">
      {people.map(({ person, leader }) => (
        <li key={person.id} data-testid="post-person">
          <span className="person-name">{person.name}</span>
          {leader && <span className="badge">{t('home.leader')}</span>}
          <span className="person-phone">{person.phone}</span>
        </li>
      ))}
    </ul>
  );
}
