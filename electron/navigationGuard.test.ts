import { describe, expect, it } from 'vitest';
import { createNavigationGuard } from './navigationGuard';

describe('createNavigationGuard', () => {
  it('refuses every URL off the app origin and records each, in order', () => {
    const guard = createNavigationGuard();
    const foreign = [
      'https://example.com/',
      'http://cordon/index.html',
      'file:///etc/passwd',
      'app://elsewhere/index.html',
      'app://cordon.evil.com/index.html',
      'app://user@cordon/index.html',
      'app://cordon:8080/index.html',
      'javascript:alert(1)',
      'data:text/html,<p>hi</p>',
      'not a url',
    ];
    for (const url of foreign) expect(guard.refuses(url, 'will-navigate'), url).toBe(true);
    expect(guard.refuses('https://example.com/next', 'will-redirect')).toBe(true);
    expect(guard.blocked()).toEqual([
      ...foreign.map((url) => ({ url, by: 'will-navigate' })),
      { url: 'https://example.com/next', by: 'will-redirect' },
    ]);
  });

  it('lets the app’s own pages through and records nothing for them', () => {
    const guard = createNavigationGuard();
    for (const url of ['app://cordon/index.html', 'app://cordon/index.html#/map', 'app://cordon/']) {
      expect(guard.refuses(url, 'will-navigate'), url).toBe(false);
    }
    expect(guard.blocked()).toEqual([]);
  });

  it('keeps only the latest refusals', () => {
    const guard = createNavigationGuard(3);
    for (let i = 1; i <= 5; i++) guard.refuses(`https://example.com/${i}`, 'will-navigate');
    expect(guard.blocked().map((n) => n.url)).toEqual([
      'https://example.com/3',
      'https://example.com/4',
      'https://example.com/5',
    ]);
  });

  it('hands out a copy, so a reader cannot change the record', () => {
    const guard = createNavigationGuard();
    guard.refuses('https://example.com/', 'will-navigate');
    const first = guard.blocked();
    guard.refuses('https://example.org/', 'will-navigate');
    expect(first).toHaveLength(1);
    expect(guard.blocked()).toHaveLength(2);
  });
});
