import { describe, expect, it } from 'vitest';
import { rescaleFactor, scaleGeometry, scalePoint } from './planRescale';

describe('rescaling what is placed when the plan changes size', () => {
  it('leaves positions alone when the new plan has the same size', () => {
    expect(rescaleFactor({ width: 1000, height: 700 }, { width: 1000, height: 700 })).toBe(1);
    expect(rescaleFactor({ width: 1000, height: 700 }, { width: 1000.004, height: 700 })).toBe(1);
  });

  it('scales by the smaller ratio, so every position stays inside the new plan', () => {
    // A phone photo, larger and squarer than the grid it replaces.
    const s = rescaleFactor({ width: 1000, height: 700 }, { width: 3000, height: 2800 });
    expect(s).toBe(3);
    expect(scalePoint({ x: 1000, y: 700 }, s)).toEqual({ x: 3000, y: 2100 });
    // Smaller and wider: the height decides.
    const t = rescaleFactor({ width: 1000, height: 700 }, { width: 900, height: 350 });
    expect(t).toBe(0.5);
    expect(scalePoint({ x: 1000, y: 700 }, t)).toEqual({ x: 500, y: 350 });
  });

  it('falls back to no scaling for a degenerate size', () => {
    expect(rescaleFactor({ width: 0, height: 700 }, { width: 100, height: 100 })).toBe(1);
    expect(rescaleFactor({ width: 100, height: 100 }, { width: Number.NaN, height: 100 })).toBe(1);
  });

  it('scales lines point by point and symbols by their place, to two decimals', () => {
    expect(
      scaleGeometry(
        {
          type: 'line',
          points: [
            { x: 1, y: 2 },
            { x: 10, y: 20 },
          ],
        },
        1 / 3,
      ),
    ).toEqual({
      type: 'line',
      points: [
        { x: 0.33, y: 0.67 },
        { x: 3.33, y: 6.67 },
      ],
    });
    expect(scaleGeometry({ type: 'point', at: { x: 100, y: 50 } }, 2)).toEqual({
      type: 'point',
      at: { x: 200, y: 100 },
    });
  });

  it('rescales when one side differs by a hundredth or more, and only the height may differ', () => {
    expect(rescaleFactor({ width: 0.02, height: 1 }, { width: 0.01, height: 1 })).toBe(0.5);
    expect(rescaleFactor({ width: 1, height: 0.02 }, { width: 1, height: 0.01 })).toBe(0.5);
    expect(rescaleFactor({ width: 1000, height: 700 }, { width: 1000, height: 350 })).toBe(0.5);
  });

  it('falls back to no scaling for an infinite or zero side on either plan', () => {
    for (const [from, to] of [
      [
        { width: Number.POSITIVE_INFINITY, height: 100 },
        { width: 200, height: 200 },
      ],
      [
        { width: 100, height: Number.POSITIVE_INFINITY },
        { width: 200, height: 200 },
      ],
      [
        { width: 100, height: 0 },
        { width: 200, height: 200 },
      ],
      [
        { width: 200, height: 200 },
        { width: 100, height: -1 },
      ],
    ] as const) {
      expect(rescaleFactor(from, to)).toBe(1);
    }
  });
});
