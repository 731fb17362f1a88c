import { Marker } from 'react-leaflet';
import type { Entrance, Point } from '../../../../shared/domain';
import { useI18n } from '../../../i18n/useI18n';
import { entranceSymbolMarkup } from '../../../ui/entranceSymbols';
import { useRemScale } from '../../../ui/useRemScale';
import { useMarkerMove } from '../edit/useMarkerMove';
import { markerIcon } from '../markerIcon';
import { markerLatLng } from '../planCoords';

/** Every entrance by its state and number; clicked to select, moved in edit mode (`onMove`). */
export function EntranceMarkers({ entrances, onSelect, onMove }: {
  entrances: readonly Entrance[];
  onSelect?: ((e: Entrance) => void) | undefined;
  onMove?: ((id: string, to: Point) => Promise<boolean>) | undefined;
}) {
  const { t } = useI18n();
  const rem = useRemScale();
  const moveHandlers = useMarkerMove();
  const size = Math.round(30 * rem);
  return entrances.map((e) => (
    <Marker
      // Keyed by state and name too: Leaflet sets a marker's title only when it is created.
      key={`${e.id}:${e.state}:${e.name}`}
      position={markerLatLng(e.position)}
      icon={markerIcon('entrance-marker', `${entranceSymbolMarkup(e.state, size)}<span class="entrance-marker-number">${e.number}</span>`, size)}
      title={t('map.entranceMarker', { number: e.number, name: e.name, state: t(`entranceState.${e.state}`) })}
      draggable={onMove !== undefined}
      eventHandlers={{ click: () => onSelect?.(e), ...moveHandlers(e.position, onMove && ((to) => onMove(e.id, to))) }}
    />
  ));
}
