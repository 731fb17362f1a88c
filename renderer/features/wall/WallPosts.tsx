import type { WallPost } from '../../../shared/wall/wallPicture';
import { useI18n } from '../../i18n/useI18n';
import { PostStaffingSymbol } from '../../ui/PostStaffingSymbol';
import { useRemScale } from '../../ui/useRemScale';

/** Who stands at each post now: filled / minimum, and the names (never a phone number). */
export function WallPosts({ posts }: { posts: readonly WallPost[] }) {
  const { t } = useI18n();
  const rem = useRemScale();
  return (
    <section className="wall-panel wall-posts" aria-labelledby="wall-posts-title">
      <h2 id="wall-posts-title">{t('wall.posts')}</h2>
      <ul>
        {posts.map((p) => (
          <li key={p.id} className={`wall-post-row is-${p.level}`} data-testid="wall-post">
            <PostStaffingSymbol level={p.level} size={Math.round(18 * rem)} />
            <span className="wall-post-name">{p.name}</span>
            <span className="wall-post-count">{t('wall.postCount', { filled: p.filled, minimum: p.minimum })}</span>
            <span className="wall-post-names">
              {p.people.length === 0
                ? t('wall.nobody')
                : p.people.map((person, i) => (
                    <span key={`${i}:${person.name}`} className={person.present ? undefined : 'is-absent'}>
                      {i > 0 && t('wall.nameSeparator')}
                      {person.present ? person.name : t('wall.notIn', { name: person.name })}
                    </span>
                  ))}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
