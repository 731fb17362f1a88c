import type { IpcMainInvokeEvent } from 'electron';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channelOf, type BridgeHandlers } from '../../shared/bridge/contract';
import { registerBridge, type InvokeRegistrar } from '../ipc/registry';
import { createBackupHandlers } from './backupHandlers';
import { backupBytes, headerAt } from './backupTesting';

const NOW = Date.parse('2026-12-05T12:00:00+08:00');
const SITE = '3f2a9c1e-0b7d';
const request = (over: Record<string, unknown> = {}) => ({
  siteId: SITE,
  fileName: '香樟苑-backup-2026-12-05-1200.cordon',
  timeZone: 'Asia/Shanghai',
  data: backupBytes(headerAt(NOW, SITE)),
  ...over,
});

let userData: string;
beforeEach(async () => {
  userData = await mkdtemp(path.join(tmpdir(), 'cordon-userdata-'));
});
afterEach(async () => {
  await rm(userData, { recursive: true, force: true });
});

describe('createBackupHandlers', () => {
  it('writes into the site’s folder, lists it, reads it back and shows it', async () => {
    const reveal = vi.fn();
    const h = createBackupHandlers(userData, reveal, () => NOW);
    const caller = { senderId: 1 };
    const target = path.join(userData, 'backups', SITE, '香樟苑-backup-2026-12-05-1200.cordon');
    await expect(h.writeBackup(request(), caller)).resolves.toEqual({ written: true, path: target });
    const [listed] = await h.listBackups(SITE, caller);
    expect(listed).toMatchObject({ name: '香樟苑-backup-2026-12-05-1200.cordon', path: target, writtenAt: NOW });
    expect(listed?.header?.site.id).toBe(SITE);
    const read = await h.readBackup({ siteId: SITE, name: '香樟苑-backup-2026-12-05-1200.cordon' }, caller);
    expect(read).toMatchObject({ opened: true, name: '香樟苑-backup-2026-12-05-1200.cordon' });
    await expect(h.showBackup({ siteId: SITE, name: '香樟苑-backup-2026-12-05-1200.cordon' }, caller)).resolves.toEqual(
      {
        shown: true,
      },
    );
    expect(reveal).toHaveBeenCalledWith(target);
  });

  it('shows nothing for a backup that is not there, and lists none for a site without a folder', async () => {
    const reveal = vi.fn();
    const h = createBackupHandlers(userData, reveal, () => NOW);
    await expect(h.showBackup({ siteId: SITE, name: 'gone.cordon' }, { senderId: 1 })).resolves.toEqual({
      shown: false,
    });
    await expect(h.listBackups('other-site', { senderId: 1 })).resolves.toEqual([]);
    expect(reveal).not.toHaveBeenCalled();
  });
});

describe('backups through the registry', () => {
  function register() {
    const listeners = new Map<string, (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>>();
    const ipc: InvokeRegistrar = {
      handle: (channel, listener) => {
        listeners.set(channel, listener);
      },
    };
    const backups = createBackupHandlers(userData, vi.fn(), () => NOW);
    const spies = {
      readBackup: vi.fn(backups.readBackup),
      showBackup: vi.fn(backups.showBackup),
      writeBackup: vi.fn(backups.writeBackup),
      listBackups: vi.fn(backups.listBackups),
    };
    const unused = async () => Promise.reject(new Error('not in this test'));
    const handlers: BridgeHandlers = {
      getAppInfo: unused,
      saveFile: unused,
      openFile: unused,
      printSheet: unused,
      sheetReady: unused,
      listSheets: unused,
      openSheet: unused,
      openWall: unused,
      ...spies,
    };
    registerBridge(ipc, handlers);
    const event = { senderFrame: { url: 'app://cordon/index.html', parent: null }, sender: { id: 1 } };
    const call = (method: keyof BridgeHandlers, ...args: unknown[]) => {
      const listener = listeners.get(channelOf(method));
      if (!listener) throw new Error(`no listener for ${method}`);
      return listener(event as unknown as IpcMainInvokeEvent, ...args);
    };
    return { call, spies };
  }

  it('refuses, before any handler runs, a name or a site that would climb out of the folder', async () => {
    const { call, spies } = register();
    for (const name of [
      '../other/x.cordon',
      '../../../.bashrc',
      'a/b.cordon',
      '..\\x.cordon',
      '.hidden.cordon',
      'x.pdf',
    ]) {
      await expect(call('readBackup', { siteId: SITE, name }), name).rejects.toThrow(
        /invalid arguments for readBackup/,
      );
      await expect(call('showBackup', { siteId: SITE, name }), name).rejects.toThrow(
        /invalid arguments for showBackup/,
      );
    }
    await expect(call('listBackups', '..')).rejects.toThrow(/invalid arguments for listBackups/);
    await expect(call('writeBackup', request({ siteId: '../x' }))).rejects.toThrow(/invalid arguments for writeBackup/);
    await expect(call('writeBackup', request({ fileName: '../x.cordon' }))).rejects.toThrow(/invalid arguments/);
    for (const spy of Object.values(spies)) expect(spy).not.toHaveBeenCalled();
  });

  it('passes a well-formed backup through to be written', async () => {
    const { call } = register();
    await expect(call('writeBackup', request())).resolves.toMatchObject({ written: true });
  });
});
