import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { shellTexts } from './i18n/shellText';
import { appMenuTemplate, type AppMenuOptions } from './menuTemplate';

function template(over: Partial<AppMenuOptions> = {}) {
  return appMenuTemplate({
    platform: 'linux',
    withDevTools: false,
    text: shellTexts['zh-CN'],
    openWall: () => undefined,
    ...over,
  });
}

function viewItems(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  const view = items.find((i) => i.role === 'viewMenu')?.submenu;
  if (!Array.isArray(view)) throw new Error('no View menu');
  return view;
}

function openWallItem(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions {
  const item = viewItems(items).find((i) => i.id === 'open-wall');
  if (item === undefined) throw new Error('no open-wall item');
  return item;
}

describe('appMenuTemplate', () => {
  it('offers the wall screen in the View menu, showing its shortcut without taking the key from the page', () => {
    const item = openWallItem(template());
    expect(item.label).toBe('打开大屏');
    expect(item.accelerator).toBe('CommandOrControl+Shift+L');
    expect(item.registerAccelerator).toBe(false);
    expect(openWallItem(template({ text: shellTexts.en })).label).toBe('Open wall screen');
  });

  it('opens the wall when the item is clicked', () => {
    const openWall = vi.fn();
    const click = openWallItem(template({ openWall })).click;
    if (click === undefined) throw new Error('the item does nothing');
    Reflect.apply(click, undefined, []);
    expect(openWall).toHaveBeenCalledTimes(1);
  });

  it('has developer tools only in development', () => {
    expect(viewItems(template()).some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(viewItems(template({ withDevTools: true })).some((i) => i.role === 'toggleDevTools')).toBe(true);
  });

  it('has the app menu and Close on macOS, Quit elsewhere', () => {
    const mac = template({ platform: 'darwin' });
    expect(mac[0]?.role).toBe('appMenu');
    expect(mac[1]?.submenu).toEqual([{ role: 'close' }]);
    const linux = template();
    expect(linux.some((i) => i.role === 'appMenu')).toBe(false);
    expect(linux[0]?.submenu).toEqual([{ role: 'quit' }]);
  });
});
