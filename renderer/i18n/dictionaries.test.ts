import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zhCN } from './zh-CN';
import { translate } from './translate';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('English has exactly the keys of Chinese, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
    for (const [key, value] of [...Object.entries(zhCN), ...Object.entries(en)]) {
      expect(value.trim(), key).not.toBe('');
    }
  });

  it('both languages use the same placeholders for every key', () => {
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(zhCN[key]));
    }
  });

  it('Chinese strings are in Chinese (no untranslated English left in the source)', () => {
    const allowedLatin = new Set(['app.name', 'header.switchLanguage']);
    for (const [key, value] of Object.entries(zhCN)) {
      if (allowedLatin.has(key)) continue;
      expect(/[\u4e00-\u9fff]/.test(value) || !/[A-Za-z]/.test(value.replace(/\{\w+\}/g, '')), key).toBe(true);
    }
  });

  it('fills placeholders with text and leaves unknown ones visible', () => {
    expect(translate('en', 'entrance.changed', { name: '<b>x</b>', from: 'a', to: 'b' })).toBe('<b>x</b>: a → b');
    expect(translate('zh-CN', 'common.people', { count: 3 })).toBe('3 人');
    expect(translate('en', 'common.people')).toBe('{count} people');
  });
});
