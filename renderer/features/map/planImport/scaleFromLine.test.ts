import { describe, expect, it } from 'vitest';
import { scaleFromLine } from './scaleFromLine';

describe('scaleFromLine', () => {
  it('gives the line in plan units and the metres a unit, with a comma as the decimal point too', () => {
    const line = [
      { x: 0, y: 0 },
      { x: 300, y: 400 },
    ];
    expect(scaleFromLine(line, '50')).toEqual({ units: 500, drawn: 0.1 });
    expect(scaleFromLine(line, '12,5', 2)).toEqual({ units: 1000, drawn: 0.0125 });
  });

  it('gives no scale until the line has two ends and a positive length in metres', () => {
    expect(scaleFromLine([{ x: 1, y: 1 }], '50')).toEqual({ units: 0, drawn: null });
    expect(
      scaleFromLine(
        [
          { x: 0, y: 0 },
          { x: 10, y: 0 },
        ],
        '',
      ),
    ).toEqual({ units: 10, drawn: null });
    expect(
      scaleFromLine(
        [
          { x: 0, y: 0 },
          { x: 10, y: 0 },
        ],
        'abc',
      ).drawn,
    ).toBeNull();
  });
});
