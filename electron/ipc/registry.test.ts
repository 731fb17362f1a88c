import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { bridgeMethods, channelOf, type BridgeHandlers } from '../../shared/bridge/contract';
import { registerBridge, type InvokeRegistrar } from './registry';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

const SENDER_ID = 7;

function setup() {
  const listeners = new Map<string, Listener>();
  const ipc: InvokeRegistrar = {
    handle: (channel, listener) => {
      listeners.set(channel, listener as Listener);
    },
  };
  const handlers = {
    getAppInfo: vi.fn(async () => ({
      host: 'electron' as const,
      version: '0.1.0',
      platform: 'linux',
      userDataPath: '/u',
      documentsPath: null,
    })),
    saveFile: vi.fn(async () => ({ saved: false as const })),
    openFile: vi.fn(async () => ({ opened: false as const, reason: 'cancelled' as const })),
    printSheet: vi.fn(async () => ({ done: false as const, reason: 'cancelled' as const, message: '' })),
    sheetReady: vi.fn(async () => ({ ok: true as const })),
    listSheets: vi.fn(async () => []),
    openSheet: vi.fn(async () => ({ opened: false })),
    openWall: vi.fn(async () => ({ opened: true as const })),
    writeBackup: vi.fn(async () => ({ written: true as const, path: '/u/backups/s1/a.cordon' })),
    listBackups: vi.fn(async () => []),
    readBackup: vi.fn(async () => ({ opened: false as const, reason: 'cancelled' as const })),
    showBackup: vi.fn(async () => ({ shown: false })),
  } satisfies BridgeHandlers;
  registerBridge(ipc, handlers);
  const callFrom = (
    frame: { url: string; parent: object | null } | null,
    method: string,
    ...args: unknown[]
  ): Promise<unknown> => callAs(SENDER_ID, frame, method, ...args);
  const callAs = (
    senderId: number,
    frame: { url: string; parent: object | null } | null,
    method: string,
    ...args: unknown[]
  ) => {
    const listener = listeners.get(channelOf(method as keyof BridgeHandlers));
    if (!listener) throw new Error(`no listener for ${method}`);
    return listener({ senderFrame: frame, sender: { id: senderId } } as unknown as IpcMainInvokeEvent, ...args);
  };
  const call = (method: string, frameUrl: string | null, ...args: unknown[]) =>
    callFrom(frameUrl === null ? null : { url: frameUrl, parent: null }, method, ...args);
  return { listeners, handlers, call, callFrom, callAs };
}

describe('registerBridge', () => {
  it('registers exactly one channel per contract method', () => {
    const { listeners } = setup();
    expect([...listeners.keys()].sort()).toEqual(bridgeMethods.map(channelOf).sort());
  });

  it('passes parsed arguments (with schema defaults) to the handler', async () => {
    const { handlers, call } = setup();
    await expect(call('openFile', 'app://cordon/index.html#/settings', {})).resolves.toEqual({
      opened: false,
      reason: 'cancelled',
    });
    expect(handlers.openFile).toHaveBeenCalledWith(
      { filters: [], maxBytes: 50 * 1024 * 1024 },
      { senderId: SENDER_ID },
    );
  });

  it('tells each handler which window called, after its arguments', async () => {
    const { handlers, callAs } = setup();
    const top = { url: 'app://cordon/index.html#/print/shift?sheet=1', parent: null };
    await expect(callAs(12, top, 'sheetReady')).resolves.toEqual({ ok: true });
    expect(handlers.sheetReady).toHaveBeenCalledWith({ senderId: 12 });
    await callAs(3, top, 'listSheets', 'site-1');
    expect(handlers.listSheets).toHaveBeenCalledWith('site-1', { senderId: 3 });
  });

  it('refuses callers from another origin before parsing anything', async () => {
    const { handlers, call } = setup();
    await expect(call('getAppInfo', 'https://example.com/')).rejects.toThrow(/refused.*app:\/\/cordon/);
    await expect(call('getAppInfo', null)).rejects.toThrow(/refused/);
    expect(handlers.getAppInfo).not.toHaveBeenCalled();
  });

  it('refuses a sub-frame, even one showing our own origin', async () => {
    const { handlers, callFrom } = setup();
    await expect(callFrom({ url: 'app://cordon/index.html', parent: {} }, 'getAppInfo')).rejects.toThrow(/refused/);
    expect(handlers.getAppInfo).not.toHaveBeenCalled();
  });

  it('rejects arguments that do not fit the contract', async () => {
    const { handlers, call } = setup();
    await expect(
      call('saveFile', 'app://cordon/index.html', {
        suggestedName: '../../.bashrc',
        mimeType: 'text/plain',
        data: 'x',
      }),
    ).rejects.toThrow(/invalid arguments for saveFile/);
    await expect(call('getAppInfo', 'app://cordon/index.html', 'extra')).rejects.toThrow(/invalid arguments/);
    expect(handlers.saveFile).not.toHaveBeenCalled();
    expect(handlers.getAppInfo).not.toHaveBeenCalled();
  });
});
