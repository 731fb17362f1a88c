import { describe, expect, it } from 'vitest';
import { isTrustedSender } from './trustedSender';

describe('isTrustedSender', () => {
  it('trusts pages of the app origin, whatever the route', () => {
    expect(isTrustedSender('app://cordon/index.html')).toBe(true);
    expect(isTrustedSender('app://cordon/index.html#/print/roster?day=2026-11-28')).toBe(true);
  });

  it('refuses a sub-frame even when it shows our own page', () => {
    expect(isTrustedSender('app://cordon/index.html', false)).toBe(false);
  });

  it('refuses everything else, including a gone frame', () => {
    for (const url of [
      null,
      undefined,
      '',
      'about:blank',
      'https://example.com/',
      'http://localhost:5173/',
      'file:///work/main/dist/renderer/index.html',
      'app://evil/index.html',
      'app://cordon.example.com/',
      'app://attacker@cordon/',
      'devtools://devtools/bundled/inspector.html',
      'chrome-error://chromewebdata/',
    ]) {
      expect(isTrustedSender(url), String(url)).toBe(false);
    }
  });
});
