import { divIcon } from 'leaflet';
import { LayerGroup, Marker, Polyline } from 'react-leaflet';
import type { PerimeterWork } from '../../../../shared/domain';
import { useI18n } from '../../../i18n/useI18n';
import { toLatLng } from '../planCoords';
import { workLineStyle, workSymbolMarkup } from './workStyles';

/** Every piece of perimeter work at its place: lines for tape, rails, netting, walls; symbols for the rest. */
export function PerimeterWorksLayer({ works, onSelect }: { works: readonly PerimeterWork[]; onSelect?: ((w: PerimeterWork) => void) | undefined }) {
  const { t } = useI18n();
  return (
    <LayerGroup>
      {works.map((w) => {
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
        return (
          <Marker
            key={`${w.id}:${w.state}`}
            position={toLatLng(w.geometry.at)}
            title={title}
            eventHandlers={{ click: () => onSelect?.(w) }}
            icon={divIcon({ className: 'work-marker', html: workSymbolMarkup(w.kind, w.state), iconSize: [22, 22], iconAnchor: [11, 11] })}
          />
        );
      })}
    </LayerGroup>
  );
}
