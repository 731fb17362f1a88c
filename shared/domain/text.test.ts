import { describe, expect, it } from 'vitest';
import { cleanName, cleanText } from './text';

describe('cleanName and cleanText', () => {
  it('split an emoji joined with zero-width joiners into its parts, as text.ts says they do', () => {
    expect(cleanText('全家 👨\u200D👩\u200D👧 已转移')).toBe('全家 👨👩👧 已转移');
    expect(cleanName('👨\u200D👩\u200D👧')).toBe('👨👩👧');
  });

  it('keep an emoji with its presentation selector and a keycap', () => {
    expect(cleanText('已完成 ✅ ❤\uFE0F 1\uFE0F\u20E3')).toBe('已完成 ✅ ❤\uFE0F 1\uFE0F\u20E3');
  });

  it('give the same result when run again on what they return', () => {
    for (const s of ['\u200B陈\u2060静\t\uFE0F ', '第一行\r\n\uFE0F\u200B第二行\u0007'])
      for (const clean of [cleanName, cleanText]) expect(clean(clean(s))).toBe(clean(s));
  });
});

describe('cleanName', () => {
  it.each([
    ['Chen\tJing', 'Chen Jing'],
    ['Chen\nJing', 'Chen Jing'],
    ['Chen\vJing', 'Chen Jing'],
    ['Chen\fJing', 'Chen Jing'],
    ['Chen\r\nJing', 'Chen Jing'],
    ['Chen\u2028\u2029Jing', 'Chen Jing'],
    ['Victor Vance', 'Victor Vance'],
  ])('puts one space for a run of breaks: %j becomes %j', (typed, cleaned) => {
    expect(cleanName(typed)).toBe(cleaned);
  });
});
