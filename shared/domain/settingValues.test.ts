import { describe, expect, it } from 'vitest';
import { readOperatorValue, readSetting } from './settingValues';

describe('reading a stored setting', () => {
  it.each([
    ['activeSiteId', 'site-1', 'site-1'],
    ['activeSiteId', '', null],
    ['activeSiteId', 42, null],
    ['activeSiteId', null, null],
    ['language', 'zh-CN', 'zh-CN'],
    ['language', 'en', 'en'],
    ['language', 'fr', null],
    ['language', '', null],
    ['language', undefined, null],
    ['theme', 'light', 'light'],
    ['theme', 'dark', 'dark'],
    ['theme', 'blue', null],
    ['theme', '', null],
    ['theme', 1, null],
    ['wallTheme', 'light', 'light'],
    ['wallTheme', 'dark', 'dark'],
    ['wallTheme', 'sepia', null],
  ] as const)('reads %s stored as %j as %j', (key, stored, expected) => {
    expect(readSetting(key, stored)).toBe(expected);
  });

  it('reads the operator through the operator reader', () => {
    expect(readSetting('operator', { name: '陈静', personId: 'p1' })).toEqual({ name: '陈静', personId: 'p1' });
    expect(readSetting('operator', '陈静')).toBeNull();
  });
});

describe('reading the stored operator', () => {
  it.each([
    ['null', null],
    ['a string', '陈静'],
    ['a number', 7],
    ['an object without a name', { personId: 'p1' }],
    ['an object whose name is a number', { name: 7, personId: 'p1' }],
  ])('reads %s as no operator', (_what, stored) => {
    expect(readOperatorValue(stored)).toBeNull();
  });

  it('keeps a person id only when it is a string', () => {
    expect(readOperatorValue({ name: '陈静', personId: 'p1' })).toEqual({ name: '陈静', personId: 'p1' });
    expect(readOperatorValue({ name: '陈静', personId: 7 })).toEqual({ name: '陈静', personId: null });
    expect(readOperatorValue({ name: '陈静' })).toEqual({ name: '陈静', personId: null });
  });
});
