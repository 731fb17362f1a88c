import { Marker } from 'react-leaflet';
import type { Point } from '../../../../shared/domain';
import type { PostStaffing } from '../../../../shared/rules/staffing';
import { useI18n } from '../../../i18n/useI18n';
import { postSymbolMarkup } from '../../../ui/postSymbols';
import { useRemScale } from '../../../ui/useRemScale';
import { useMarkerMove } from '../edit/useMarkerMove';
import { markerIcon } from '../markerIcon';
import { markerLatLng } from '../planCoords';

/** Every post, filled by how it is staffed now; moved in edit mode (`onMove`). */
export function PostMarkers({ staffing, onMove }: { staffing: readonly PostStaffing[]; onMove?: ((id: string, to: Point) => Promise<boolean>) | undefined }) {
  const { t } = useI18n();
  const rem = useRemScale();
  const moveHandlers = useMarkerMove();
  const size = Math.round(16 * rem);
  return staffing.map(({ post, level, people }) => (
    <Marker
      key={`${post.id}:${level}:${people.length}`}
      position={markerLatLng(post.position)}
      icon={markerIcon('post-marker', postSymbolMarkup(level, size), size)}
      title={t('map.postMarker', { name: post.name, count: people.length, min: post.minStaff })}
      zIndexOffset={-100}
      draggable={onMove !== undefined}
      eventHandlers={moveHandlers(post.position, onMove && ((to) => onMove(post.id, to)))}
    />
  ));
}
