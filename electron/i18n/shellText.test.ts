import { describe, expect, it } from 'vitest';
import { shellLanguage, shellTextFor, shellTexts } from './shellText';

describe('shellLanguage', () => {
  it('is English when the first preferred language is English, in any region or case', () => {
    for (const preferred of [['en'], ['en-US'], ['en-GB', 'zh-CN'], ['EN-au'], ['en_US']]) {
      expect(shellLanguage(preferred), preferred.join()).toBe('en');
    }
  });

  it('is Chinese otherwise: Chinese first, another language, or nothing known', () => {
    for (const preferred of [[], ['zh-CN'], ['zh-Hans-CN', 'en-US'], ['de-DE'], [''], ['eng'], ['ens-CM']]) {
      expect(shellLanguage(preferred), preferred.join()).toBe('zh-CN');
    }
  });
});

describe('shellTexts', () => {
  it('has the same keys in both languages, none empty', () => {
    expect(Object.keys(shellTexts.en).sort()).toEqual(Object.keys(shellTexts['zh-CN']).sort());
    for (const text of [...Object.values(shellTexts.en), ...Object.values(shellTexts['zh-CN'])]) {
      expect(text.trim()).not.toBe('');
    }
  });

  it("names the wall screen's menu item in each language", () => {
    expect(shellTextFor(['zh-CN'])['menu.openWall']).toBe('打开大屏');
    expect(shellTextFor(['en-US'])['menu.openWall']).toBe('Open wall screen');
  });
});
