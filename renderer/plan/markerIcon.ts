import { divIcon, type DivIcon } from 'leaflet';

const icons = new Map<string, DivIcon>();

/**
 * One icon object per look. react-leaflet gives a marker a new icon element whenever
 * the icon object changes: re-using it keeps the element, so a marker that has the
 * keyboard focus keeps it when the map re-renders, and the DOM is not rebuilt for
 * markers that did not change.
 */
export function markerIcon(className: string, html: string, size: number): DivIcon {
  const key = `${className}\u0000${size}\u0000${html}`;
  let icon = icons.get(key);
  if (!icon) {
    icon = divIcon({ className, html, iconSize: [size, size], iconAnchor: [size / 2, size / 2] });
    icons.set(key, icon);
  }
  return icon;
}
