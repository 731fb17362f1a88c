import { describe, expect, it } from 'vitest';
import { cssReachesOut, isLocalReference } from './svgReferences';

describe('isLocalReference', () => {
  it('is true for #id only', () => {
    expect(isLocalReference('#tree')).toBe(true);
    expect(isLocalReference(' #tree ')).toBe(true);
    for (const outside of [
      'plan.svg#tree',
      '#tree plan.svg',
      'http://example.invalid/#x',
      'data:image/png;base64,AA',
      ' javascript:x',
      '',
    ])
      expect(isLocalReference(outside), outside).toBe(false);
  });
});

describe('cssReachesOut', () => {
  it('lets local paint servers and ordinary styles be, escaped font names included', () => {
    expect(cssReachesOut('url(#hatch)')).toBe(false);
    expect(cssReachesOut(`fill: url( '#lawn' ); stroke: url("#edge")`)).toBe(false);
    // Illustrator writes Chinese font names as CSS escapes: 微软雅黑.
    expect(cssReachesOut(`.st1{font-family:'\\5FAE\\8F6F\\96C5\\9ED1';}`)).toBe(false);
    // A code point past Unicode reads as U+FFFD, which breaks the word instead of vanishing.
    expect(cssReachesOut('u\\110000rl(http://example.invalid/x)')).toBe(false);
    expect(cssReachesOut('@font-face { font-family: plan; src: local("Noto Sans CJK SC") }')).toBe(false);
  });

  it('catches every way of loading from outside, escaped or not', () => {
    for (const css of [
      'url(http://example.invalid/p.svg#x)',
      'URL(plan.svg#x)',
      'url(/**/#x)',
      'url()',
      '@import "a.css"',
      '@\\69mport "a.css"',
      '\\75 rl(http://example.invalid/x)',
      'u\\72l(http://example.invalid/x)',
      'background: -webkit-image-set("x.png" 1x)',
      'src("x.png")',
      'src ("x.png")',
      'image-set ("x.png" 1x)',
      'url (http://example.invalid/x)',
      'url\\ (http://example.invalid/x)',
      'ur\\l(http://example.invalid/x)',
      '@\\import "a.css"',
      'url(',
    ])
      expect(cssReachesOut(css), css).toBe(true);
  });
});
