import { describe, expect, it } from 'vitest';
import { WALL_PAGE_URL, wallWindowOptions } from './wallWindowOptions';

const webPreferences = {
  preload: '/app/preload.cjs',
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  webSecurity: true,
  spellcheck: false,
};

describe('wallWindowOptions', () => {
  it('makes a full-screen window on the external display, as locked down as the operator window', () => {
    expect(
      wallWindowOptions('/app/preload.cjs', {
        displayId: 2,
        fullScreen: true,
        bounds: { x: 1920, y: 0, width: 3840, height: 2160 },
      }),
    ).toEqual({
      title: 'Cordon',
      x: 1920,
      y: 0,
      width: 3840,
      height: 2160,
      fullscreen: true,
      show: false,
      autoHideMenuBar: true,
      backgroundColor: '#0b0f14',
      webPreferences,
    });
  });

  it('makes an ordinary window without saying fullscreen at all', () => {
    const options = wallWindowOptions('/app/preload.cjs', {
      displayId: 1,
      fullScreen: false,
      bounds: { x: 320, y: 160, width: 1280, height: 720 },
    });
    expect(options).toEqual({
      title: 'Cordon',
      x: 320,
      y: 160,
      width: 1280,
      height: 720,
      show: false,
      autoHideMenuBar: true,
      backgroundColor: '#0b0f14',
      webPreferences,
    });
    expect('fullscreen' in options).toBe(false);
  });
});

describe('WALL_PAGE_URL', () => {
  it("is the wall route on the app's own page", () => {
    expect(WALL_PAGE_URL).toBe('app://cordon/index.html#/wall');
  });
});
