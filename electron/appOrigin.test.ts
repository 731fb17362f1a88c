import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN, isAppUrl } from './appOrigin';

describe('app origin', () => {
  it("is fixed: changing it would orphan every user's IndexedDB", () => {
    expect(APP_ORIGIN).toBe('app://cordon');
    expect(APP_ENTRY_URL).toBe('app://cordon/index.html');
  });

  it('recognises only URLs on exactly that origin', () => {
    expect(isAppUrl('app://cordon/index.html#/wall')).toBe(true);
    expect(isAppUrl('app://cordon')).toBe(true);
    for (const url of [
      'app://cordon.evil/index.html',
      'app://evil/index.html',
      'app://cordon@evil/',
      'app://x@cordon/',
      'app://cordon:1/',
      'https://cordon/',
      'file:///index.html',
      'about:blank',
      '',
      'garbage',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });
});
