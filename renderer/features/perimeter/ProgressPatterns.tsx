import type { WorkState } from '../../../shared/domain';

export const patternId = (s: WorkState) => `upgrade-pattern-${s}`;

/**
 * Fills for the chart's bars that differ in pattern as well as colour (hatched, striped,
 * solid, dotted), so the stack reads on a black-and-white printout. The colours are set
 * by class in perimeter.css from the theme's variables.
 */
export function ProgressPatterns() {
  return (
    <defs>
      <pattern
        id={patternId('planned')}
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="6" height="6" className="pattern-bg" />
        <line x1="0" y1="0" x2="0" y2="6" className="pattern-line pattern-planned" strokeWidth="2" />
      </pattern>
      <pattern
        id={patternId('under-way')}
        width="8"
        height="8"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(-45)"
      >
        <rect width="8" height="8" className="pattern-under-way" />
        <line x1="0" y1="0" x2="0" y2="8" className="pattern-line pattern-bg-stroke" strokeWidth="2.5" />
      </pattern>
      <pattern id={patternId('done')} width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" className="pattern-done" />
      </pattern>
      <pattern id={patternId('checked')} width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" className="pattern-checked" />
        <circle cx="4" cy="4" r="1.4" className="pattern-bg" />
      </pattern>
    </defs>
  );
}
