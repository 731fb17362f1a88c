import { memo } from 'react';
import type { Point } from '../../../shared/domain';
import type { PostStaffing } from '../../../shared/rules/staffing';
import { useI18n } from '../../i18n/useI18n';
import { postSymbolMarkup } from '../../ui/postSymbols';
import { useRemScale } from '../../ui/useRemScale';
import { PlanMarker } from './PlanMarker';

type Move = (id: string, to: Point) => Promise<boolean>;

/** Every post, filled by how it is staffed now; moved in edit mode (`onMove`). */
export function PostMarkers({ staffing, onMove }: { staffing: readonly PostStaffing[]; onMove?: Move | undefined }) {
  const rem = useRemScale();
  const size = Math.round(16 * rem);
  return staffing.map((s) => <PostMarker key={s.post.id} staffing={s} size={size} onMove={onMove} />);
}

/** One post; re-renders only when it, its staffing, its size or the language changes. */
const PostMarker = memo(function PostMarker({
  staffing: { post, level, people },
  size,
  onMove,
}: {
  staffing: PostStaffing;
  size: number;
  onMove: Move | undefined;
}) {
  const { t } = useI18n();
  return (
    <PlanMarker
      id={post.id}
      at={post.position}
      className="post-marker"
      html={postSymbolMarkup(level, size)}
      size={size}
      title={t('map.postMarker', { name: post.name, count: people.length, min: post.minStaff })}
      zIndexOffset={-100}
      onMove={onMove}
    />
  );
});
