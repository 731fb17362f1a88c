import { describe, expect, it } from 'vitest';
import { cssString } from './cssString';

describe('cssString', () => {
  it('quotes plain text, Chinese included', () => {
    expect(cssString('香樟苑 · 早班')).toBe('"香樟苑 · 早班"');
  });

  it('escapes what would end the string or the rule', () => {
    expect(cssString('a "b" \\ c')).toBe('"a \\"b\\" \\\\ c"');
    expect(cssString('x"; } body { display: none')).toBe('"x\\"; } body { display: none"');
  });

  it('turns line breaks into the CSS escape and drops control characters', () => {
    expect(cssString('one\ntwo\r\nthree')).toBe('"one\\A two\\A three"');
    expect(cssString('a\u0000b\u0007c')).toBe('"abc"');
  });
});
