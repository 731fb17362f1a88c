import { describe, expect, it } from 'vitest';
import { sheetNumberText } from './sheetNumber';

describe('sheetNumberText', () => {
  it('pads to four digits and grows beyond', () => {
    expect(sheetNumberText(1)).toBe('0001');
    expect(sheetNumberText(42)).toBe('0042');
    expect(sheetNumberText(12345)).toBe('12345');
  });
});
