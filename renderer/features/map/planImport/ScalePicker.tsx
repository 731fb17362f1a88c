import type { MouseEvent } from 'react';
import type { Point } from '../../../../shared/domain';
import { useI18n } from '../../../i18n/useI18n';

/**
 * The chosen picture with the scale line drawn over it. Clicks are turned into picture
 * coordinates (pixels, or SVG units), whatever size the preview is shown at.
 */
export function ScalePicker({
  url,
  width,
  height,
  points,
  onPoints,
}: {
  url: string;
  width: number;
  height: number;
  points: readonly Point[];
  onPoints: (points: Point[]) => void;
}) {
  const { t } = useI18n();
  const click = (e: MouseEvent<HTMLDivElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return;
    const p = { x: ((e.clientX - box.left) / box.width) * width, y: ((e.clientY - box.top) / box.height) * height };
    // A third click starts a new line: the operator corrects by drawing again.
    onPoints(points.length >= 2 ? [p] : [...points, p]);
  };
  const [a, b] = points;
  // Marks sized in picture units, so they look the same on a 300 px and a 6000 px picture.
  const r = Math.max(width, height) / 120;
  return (
    <div
      className="plan-preview"
      data-testid="plan-preview"
      style={{ aspectRatio: `${width} / ${height}`, width: `min(100%, calc(36vh * ${width / height}))` }}
      onClick={click}
    >
      <img src={url} alt={t('plan.preview')} draggable={false} />
      <svg viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="none" aria-hidden="true">
        {a && b && <line x1={a.x} y1={a.y} x2={b.x} y2={b.y} strokeWidth={r / 2} />}
        {points.map((p, i) => (
          <circle key={i} cx={p.x} cy={p.y} r={r} />
        ))}
      </svg>
    </div>
  );
}
