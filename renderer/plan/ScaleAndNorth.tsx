import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useMap, useMapEvents } from 'react-leaflet';
import { niceScale } from '../../shared/rules/scaleBar';
import { formatNumber } from '../i18n/format';
import { useI18n } from '../i18n/useI18n';
import { useRemScale } from '../ui/useRemScale';

/**
 * A scale bar in metres and a north arrow, drawn over the map in screen space. Plan
 * units are metres × metresPerUnit; under CRS.Simple one unit is 2^zoom pixels.
 * The plan is taken to have north up, as site plans are drawn.
 */
export function ScaleAndNorth({ metresPerUnit }: { metresPerUnit: number | null }) {
  const { t, locale } = useI18n();
  const map = useMap();
  const [zoom, setZoom] = useState(() => map.getZoom());
  useMapEvents({ zoomend: () => setZoom(map.getZoom()) });
  const rem = useRemScale();
  const scale = metresPerUnit ? niceScale(metresPerUnit / 2 ** zoom, 120 * rem) : null;
  return createPortal(
    <div className="map-overlay" aria-hidden="false">
      <div className="north-arrow" role="img" aria-label={t('map.north')}>
        <svg viewBox="0 0 24 32" aria-hidden="true">
          <path d="M12 2 L20 26 L12 20 L4 26 Z" fill="currentColor" stroke="currentColor" strokeWidth="1" />
        </svg>
        <span>{t('map.northLetter')}</span>
      </div>
      {scale && scale.pixels > 0 && (
        <div className="scale-bar" data-testid="scale-bar">
          <div className="scale-bar-line" style={{ width: `${scale.pixels}px` }} />
          <span>{t('map.scaleMetres', { metres: formatNumber(scale.metres, locale) })}</span>
        </div>
      )}
    </div>,
    map.getContainer(),
  );
}
