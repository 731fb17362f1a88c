import { describe, expect, it } from 'vitest';
import { compareNames } from './nameOrder';

describe('compareNames', () => {
  it('orders Chinese names by pinyin, as localeCompare with zh-CN does', () => {
    const names = ['王芳', '陈静', '李娜', '张伟', '赵磊', '刘洋'];
    expect([...names].sort(compareNames)).toEqual(['陈静', '李娜', '刘洋', '王芳', '张伟', '赵磊']);
    expect([...names].sort(compareNames)).toEqual([...names].sort((a, b) => a.localeCompare(b, 'zh-CN')));
  });

  it('orders Latin names alphabetically and is 0 only for the same name', () => {
    expect(['Zhou', 'Chen', 'li'].sort(compareNames)).toEqual(['Chen', 'li', 'Zhou']);
    expect(compareNames('陈静', '陈静')).toBe(0);
    expect(compareNames('陈静', '陈晶')).not.toBe(0);
  });
});
