import { describe, expect, it } from 'vitest';
import { startupSwitches } from './startupSwitches';

describe('startupSwitches', () => {
  it('forces X11 on Linux, where Wayland would ignore where the wall window is put', () => {
    expect(startupSwitches('linux')).toEqual([['ozone-platform', 'x11']]);
  });

  it('sets nothing on Windows or macOS', () => {
    expect(startupSwitches('win32')).toEqual([]);
    expect(startupSwitches('darwin')).toEqual([]);
  });
});
