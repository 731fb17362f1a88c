import { describe, expect, it } from 'vitest';
import { niceScale } from './scaleBar';

describe('niceScale', () => {
  it('picks the longest round length that fits', () => {
    expect(niceScale(0.25, 120)).toEqual({ metres: 20, pixels: 80 });
    expect(niceScale(0.5, 120)).toEqual({ metres: 50, pixels: 100 });
    expect(niceScale(1, 120)).toEqual({ metres: 100, pixels: 100 });
    expect(niceScale(0.03, 120)).toEqual({ metres: 2, pixels: 67 });
  });
  it('is empty without a scale', () => {
    expect(niceScale(0, 120)).toEqual({ metres: 0, pixels: 0 });
    expect(niceScale(Number.NaN, 120)).toEqual({ metres: 0, pixels: 0 });
  });
});
