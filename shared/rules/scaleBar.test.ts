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
  it('takes a round length that fills the room exactly', () => {
    expect(niceScale(1, 50)).toEqual({ metres: 50, pixels: 50 });
    expect(niceScale(1, 20)).toEqual({ metres: 20, pixels: 20 });
  });
  it('is empty without room to draw it', () => {
    expect(niceScale(1, -10)).toEqual({ metres: 0, pixels: 0 });
    expect(niceScale(1, Number.NaN)).toEqual({ metres: 0, pixels: 0 });
  });
});
