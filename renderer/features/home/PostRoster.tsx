import type { PostStaffing } from '../../../shared/rules/staffing';
import { useI18n } from '../../i18n/useI18n';
import { PostPeopleList } from '../../ui/PostPeopleList';

/** Who stands at each post now, with the post's staffing against its minimum. */
export function PostRoster({ staffing }: { staffing: readonly PostStaffing[] }) {
  const { t } = useI18n();
  return (
    <ul className="post-roster">
      {staffing.map(({ post, people, level }) => (
        <li key={post.id} className={`post-card level-${level}`} data-testid="post-card" aria-label={post.name}>
          <div className="post-card-head">
            <h3>{post.name}</h3>
            <span className="post-level">
              {level === 'unstaffed'
                ? t('home.unstaffed')
                : t('home.staffCount', { count: people.length, min: post.minStaff })}
              {level === 'below-minimum' && <strong className="flag"> · {t('home.belowMinimum')}</strong>}
            </span>
          </div>
          <PostPeopleList people={people} />
        </li>
      ))}
    </ul>
  );
}
