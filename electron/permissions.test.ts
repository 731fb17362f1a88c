import { describe, expect, it } from 'vitest';
import { isPermissionAllowed } from './permissions';

describe('isPermissionAllowed', () => {
  it('denies by default', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid', 'unknown']) {
      expect(isPermissionAllowed(p, 'app://cordon/index.html'), p).toBe(false);
    }
  });

  it('allows the listed few, only for the app origin', () => {
    expect(isPermissionAllowed('persistent-storage', 'app://cordon/index.html')).toBe(true);
    expect(isPermissionAllowed('persistent-storage', 'app://cordon')).toBe(true);
    expect(isPermissionAllowed('persistent-storage', 'https://example.com/')).toBe(false);
    expect(isPermissionAllowed('fullscreen', undefined)).toBe(false);
  });
});
