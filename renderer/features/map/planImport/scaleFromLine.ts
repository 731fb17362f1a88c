import type { Point } from '../../../../shared/domain';
import { lineLength, metresPerUnitFromLine } from '../../../../shared/rules/planImage';

/**
 * What a scale line says, as both plan dialogs read it: its length in plan units (the
 * picture's pixels times `unitsPerPixel`) and the metres a unit, or null until the line
 * has two ends and a length in metres (a comma is taken as the decimal point too).
 */
export function scaleFromLine(
  points: readonly Point[],
  metres: string,
  unitsPerPixel = 1,
): { units: number; drawn: number | null } {
  const [a, b] = points;
  const units = a && b ? lineLength(a, b) * unitsPerPixel : 0;
  return { units, drawn: metresPerUnitFromLine(units, Number(metres.replace(',', '.'))) };
}
