import { useRemScale } from '../../../ui/useRemScale';

/**
 * Recharts lays its axes out in pixels: these follow the wall's text size, so the ticks
 * (0.85rem, wall.css) fit on a 1080p screen and on 4K alike.
 */
export function useChartSizes() {
  const rem = useRemScale();
  const px = (rems: number) => Math.round(rems * 16 * rem);
  return {
    /** Height of an axis of ticks under a chart. */
    xAxisHeight: px(1.6),
    /** Width of an axis of counts beside a chart. */
    yAxisWidth: px(2.4),
    /** Width of an axis of names (the longest, at the ticks' size). */
    namesWidth: (names: readonly string[]) => px(0.85 * Math.max(2, ...names.map(textWidth))) + px(0.8),
    margin: { top: px(1.4), right: px(1), bottom: 0, left: 0 },
  };
}

/** A name's width in ems: a Chinese character is one, a Latin letter or digit about half. */
function textWidth(name: string): number {
  let width = 0;
  for (let i = 0; i < name.length; i++) width += name.charCodeAt(i) > 0x2e80 ? 1 : 0.56;
  return width;
}
