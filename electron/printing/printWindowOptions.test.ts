import { describe, expect, it } from 'vitest';
import { printPageUrl, printWindowOptions } from './printWindowOptions';

describe('printWindowOptions', () => {
  it("is never shown, never throttled, and as locked down as the operator's window", () => {
    expect(printWindowOptions('/app/preload.cjs')).toEqual({
      show: false,
      width: 794,
      height: 1123,
      backgroundColor: '#ffffff',
      webPreferences: {
        preload: '/app/preload.cjs',
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        spellcheck: false,
        backgroundThrottling: false,
      },
    });
  });
});

describe('printPageUrl', () => {
  it("opens the route on the app's own page", () => {
    expect(printPageUrl('/print/shift?sheet=abc')).toBe('app://cordon/print.html#/print/shift?sheet=abc');
  });
});
