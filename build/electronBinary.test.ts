import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { electronExecutableName, findElectronBinary } from './electronBinary.mjs';

let root: string;
const packageDir = () => path.join(root, 'node_modules', 'electron');

async function fakeFile(file: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, '#!/bin/sh\n');
  await chmod(file, 0o755);
}

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'cordon-electron-'));
  await mkdir(packageDir(), { recursive: true });
  await writeFile(path.join(packageDir(), 'package.json'), '{"name":"electron","version":"45.5.0"}');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('findElectronBinary', () => {
  it('finds nothing when the package was installed without its binary', () => {
    expect(findElectronBinary({ root, env: {} })).toBeNull();
  });

  it('finds nothing when path.txt names a file that is not there', async () => {
    await writeFile(path.join(packageDir(), 'path.txt'), 'electron');
    expect(findElectronBinary({ root, env: {} })).toBeNull();
  });

  it('finds the executable path.txt names under dist/', async () => {
    await writeFile(path.join(packageDir(), 'path.txt'), 'electron');
    await fakeFile(path.join(packageDir(), 'dist', 'electron'));
    expect(findElectronBinary({ root, env: {} })).toBe(path.join(packageDir(), 'dist', 'electron'));
  });

  it('does not take a folder for the executable', async () => {
    await writeFile(path.join(packageDir(), 'path.txt'), 'electron');
    await mkdir(path.join(packageDir(), 'dist', 'electron'), { recursive: true });
    expect(findElectronBinary({ root, env: {} })).toBeNull();
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH, with or without path.txt', async () => {
    const dist = path.join(root, 'custom-dist');
    await fakeFile(path.join(dist, 'electron'));
    const env = { ELECTRON_OVERRIDE_DIST_PATH: dist };
    expect(findElectronBinary({ root, env, platform: 'linux' })).toBe(path.join(dist, 'electron'));
    await writeFile(path.join(packageDir(), 'path.txt'), 'electron');
    expect(findElectronBinary({ root, env, platform: 'linux' })).toBe(path.join(dist, 'electron'));
  });

  it('does not fall back to dist/ when the override points nowhere', async () => {
    await writeFile(path.join(packageDir(), 'path.txt'), 'electron');
    await fakeFile(path.join(packageDir(), 'dist', 'electron'));
    expect(findElectronBinary({ root, env: { ELECTRON_OVERRIDE_DIST_PATH: path.join(root, 'nowhere') } })).toBeNull();
  });

  it("knows each platform's executable name", () => {
    expect(electronExecutableName('linux')).toBe('electron');
    expect(electronExecutableName('win32')).toBe('electron.exe');
    expect(electronExecutableName('darwin')).toBe('Electron.app/Contents/MacOS/Electron');
  });
});
