/**
 * Chromium switches the app sets on itself before it is ready. On Linux it runs on X11
 * (XWayland under Wayland): Wayland ignores window positions, and the wall window must
 * land on the external display.
 */
export function startupSwitches(platform: NodeJS.Platform): ReadonlyArray<readonly [name: string, value: string]> {
  return platform === 'linux' ? [['ozone-platform', 'x11']] : [];
}
