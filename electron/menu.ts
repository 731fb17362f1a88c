import { Menu } from 'electron';
import { appMenuTemplate, type AppMenuOptions } from './menuTemplate';

export function installAppMenu(options: AppMenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(options)));
}
