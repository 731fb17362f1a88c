// Finds the Electron executable the way the `electron` package itself would, but
// without its side effect: requiring 'electron' downloads the binary when it is
// missing, and that download cannot work on machines without internet access.
// Shared by build/start.mjs and the Electron e2e fixture.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Where the executable sits inside an unpacked Electron distribution. */
export function electronExecutableName(platform = process.platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/**
 * The Electron binary's absolute path, or null when there is none.
 * ELECTRON_OVERRIDE_DIST_PATH wins (as in the electron package); otherwise
 * node_modules/electron/path.txt names the executable under node_modules/electron/dist.
 */
export function findElectronBinary({ root = process.cwd(), env = process.env, platform = process.platform } = {}) {
  const packageDir = path.join(root, 'node_modules', 'electron');
  const named = readTrimmed(path.join(packageDir, 'path.txt'));
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) return existingFile(path.resolve(root, override, named || electronExecutableName(platform)));
  if (!named) return null;
  return existingFile(path.join(packageDir, 'dist', named));
}

function readTrimmed(file) {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return '';
  }
}

function existingFile(file) {
  return existsSync(file) && statSync(file).isFile() ? file : null;
}
