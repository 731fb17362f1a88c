// `npm start`: build everything, then run the app in Electron.
// The Electron binary does not come from the npm registry (the package only holds a
// downloader, and it has no postinstall), so a fresh checkout may not have one yet:
// fetch it once if possible, and otherwise say plainly what to do instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electronBinary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const INSTALL_TIMEOUT_MS = 120_000;

const binary = findElectronBinary({ root }) ?? tryInstallElectron();
if (!binary) process.exit(1);

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const build = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
if (build.status !== 0) process.exit(build.status ?? 1);

runElectron(binary);

function tryInstallElectron() {
  const installer = path.join(root, 'node_modules', 'electron', 'install.js');
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    return fail(
      `ELECTRON_OVERRIDE_DIST_PATH (${process.env.ELECTRON_OVERRIDE_DIST_PATH}) holds no Electron executable.`,
    );
  }
  if (!existsSync(installer)) return fail('the electron package is not installed (run `npm install`).');

  console.error('Cordon: no Electron binary yet; downloading it once (node node_modules/electron/install.js)…');
  const result = spawnSync(process.execPath, [installer], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'inherit', 'pipe'],
    timeout: INSTALL_TIMEOUT_MS,
    killSignal: 'SIGKILL',
  });
  const found = findElectronBinary({ root });
  if (found) return found;
  const reason =
    result.error?.code === 'ETIMEDOUT'
      ? `the download did not finish within ${INSTALL_TIMEOUT_MS / 1000} s`
      : firstErrorLine(result);
  return fail(`the download failed: ${reason}.`);
}

function firstErrorLine(result) {
  const text = `${result.stderr ?? ''}\n${result.error?.message ?? ''}`;
  const line = text
    .split('\n')
    .map((l) => l.trim())
    .find((l) => /error|ENOTFOUND|EAI_AGAIN|ECONN|ETIMEDOUT/i.test(l));
  return line ?? `install.js exited with code ${result.status ?? 'unknown'}`;
}

function fail(why) {
  console.error(
    [
      '',
      'Cordon: no Electron binary could be installed on this machine.',
      `  Why: ${why}`,
      "  Electron is fetched from Electron's download host (GitHub releases), not from the npm",
      '  registry, so this machine needs internet access to that host once; `npm start` then',
      '  fetches it by itself.',
      '  Meanwhile `npm run web` runs the same app in a browser for development.',
      '',
    ].join('\n'),
  );
  return null;
}

function runElectron(executable) {
  // Wayland ignores window positions; the wall window must land on the external display.
  const args = ['.', ...(process.platform === 'linux' ? ['--ozone-platform=x11'] : []), ...process.argv.slice(2)];
  const env = { ...process.env };
  // With this set Electron would run as plain Node and never open a window.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(executable, args, { cwd: root, stdio: 'inherit', env });
  const forward = (signal) => {
    if (!child.killed) child.kill(signal);
  };
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('error', (error) => {
    console.error(`Cordon: could not start Electron (${executable}): ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    process.exit(code ?? (signal ? 1 : 0));
  });
}
