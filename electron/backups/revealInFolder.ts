import { shell } from 'electron';

/** Shows a file selected in the system's file manager (Explorer, Finder, the desktop's own). */
export function revealInFolder(filePath: string): void {
  shell.showItemInFolder(filePath);
}
