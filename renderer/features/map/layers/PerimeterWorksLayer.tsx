import { LayerGroup, Marker, Polyline } from 'react-leaflet';
import type { PerimeterWork, Point } from '../../../../shared/domain';
import { useI18n } from '../../../i18n/useI18n';
import { useRemScale } from '../../../ui/useRemScale';
import { useMarkerMove } from '../edit/useMarkerMove';
import { markerIcon } from '../markerIcon';
import { markerLatLng, toLatLng } from '../planCoords';
import { workLineStyle, workSymbolMarkup } from './workStyles';

/**
 * Every piece of perimeter work at its place: lines for tape, rails, netting, walls; symbols for the rest.
 * In edit mode symbols can be dragged (`onMove`); the line being reshaped (`hiddenId`) is drawn by the editor instead.
 */
export function PerimeterWorksLayer({ works, onSelect, onMove, hiddenId }: {
  works: readonly PerimeterWork[];
  onSelect?: ((w: PerimeterWork) => void) | undefined;
  onMove?: ((id: string, to: Point) => Promise<boolean>) | undefined;
  hiddenId?: string | null | undefined;
}) {
  const { t } = useI18n();
  const moveHandlers = useMarkerMove();
  const rem = useRemScale();
  return (
    <LayerGroup>
      {works.map((w) => {
        if (w.id === hiddenId) return null;
        const title = t('map.workTitle', { label: w.label, kind: t(`workKind.${w.kind}`), state: t(`workState.${w.state}`) });
        if (w.geometry.type === 'line') {
          return (
            <Polyline
              key={w.id}
              positions={w.geometry.points.map(toLatLng)}
              pathOptions={{ ...workLineStyle(w.kind, w.state), bubblingMouseEvents: false }}
              eventHandlers={{ click: () => onSelect?.(w) }}
            />
          );
        }
        const at = w.geometry.at;
        return (
          <Marker
            key={`${w.id}:${w.state}`}
            position={markerLatLng(at)}
            title={title}
            draggable={onMove !== undefined}
            eventHandlers={{ click: () => onSelect?.(w), ...moveHandlers(at, onMove && ((to) => onMove(w.id, to))) }}
            icon={markerIcon('work-marker', workSymbolMarkup(w.kind, w.state, Math.round(22 * rem)), Math.round(22 * rem))}
          />
        );
      })}
    </LayerGroup>
  );
}
