import type { PostStaffing } from '../../shared/rules/staffing';
import type { MessageKey } from '../i18n/translate';
import { useI18n } from '../i18n/useI18n';
import './presence.css';

type Entry = PostStaffing['people'][number];

/** A person's check-in in a word or two: a late one is flagged in words, not by colour alone. */
function presenceKey({ late, checkedInAt, checkedOutAt }: Entry): { key: MessageKey; kind: string } {
  if (checkedOutAt !== null) return { key: 'duty.short.out', kind: 'out' };
  if (checkedInAt === null) return { key: 'duty.short.notYet', kind: 'not-yet' };
  return late ? { key: 'duty.short.late', kind: 'late' } : { key: 'duty.short.in', kind: 'in' };
}

/** The people standing at a post: name, a leader badge, whether they have checked in, phone (operator screens only). */
export function PostPeopleList({ people }: { people: PostStaffing['people'] }) {
  const { t } = useI18n();
  return (
    <ul className="post-people">
      {people.map((entry) => {
        const { person, leader } = entry;
        const presence = presenceKey(entry);
        return (
          <li key={person.id} data-testid="post-person">
            <span className="person-name">{person.name}</span>
            {leader && <span className="badge">{t('home.leader')}</span>}
            <span className={`presence presence-${presence.kind}`} data-testid="presence">
              {presence.kind === 'late' && '⚠ '}
              {t(presence.key)}
            </span>
            <span className="person-phone">{person.phone}</span>
          </li>
        );
      })}
    </ul>
  );
}
