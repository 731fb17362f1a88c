import { describe, expect, it } from 'vitest';
import { looksLikeFormula, neutraliseCell, unmarkCell } from './cellSafety';

describe('neutraliseCell', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+86 138 0013 8000', `'+86 138 0013 8000`],
    ['-2+3+cmd', `'-2+3+cmd`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\t=1', `'\t=1`],
    ['\r=1', `'\r=1`],
  ])('marks %j as text', (value, out) => {
    expect(neutraliseCell(value)).toBe(out);
  });

  it.each(['张三', '13800138000', 'a=b', ' =1', '', "'quoted"])('leaves %j as it is', (value) => {
    expect(neutraliseCell(value)).toBe(value);
  });
});

describe('unmarkCell', () => {
  it('takes the export mark off what it marked, so a phone reads back as it was', () => {
    expect(unmarkCell(`'+86 138 0013 8000`)).toBe('+86 138 0013 8000');
    expect(unmarkCell(`'=HYPERLINK("x")`)).toBe('=HYPERLINK("x")');
  });

  it('keeps an apostrophe that is not the mark', () => {
    expect(unmarkCell(`'quoted'`)).toBe(`'quoted'`);
    expect(unmarkCell(`O'Brien`)).toBe(`O'Brien`);
    expect(unmarkCell(`'`)).toBe(`'`);
  });

  it('round-trips every risky start through neutralise and unmark', () => {
    for (const v of ['=1', '+1', '-1', '@a', '\t1', '\r1']) expect(unmarkCell(neutraliseCell(v))).toBe(v);
  });
});

describe('looksLikeFormula', () => {
  it.each(['=HYPERLINK("http://evil","click")', '=1+1', '@SUM(A1)', '+A1', "-2+3+cmd|' /C calc'!A0", '\t=1', '-x'])(
    'flags %j',
    (value) => {
      expect(looksLikeFormula(value)).toBe(true);
    },
  );

  it.each(['+86 138 0013 8000', '-', '+', '-12.5', '+(86) 10-1234', '张三', 'a=b', '13800138000', ''])(
    'lets %j through',
    (value) => {
      expect(looksLikeFormula(value)).toBe(false);
    },
  );
});
