import { readFileSync } from 'node:fs';
import { bridgeMethods } from '../../shared/bridge/contract';
import { expect, test, type BridgeWindow } from './fixtures';

const packageVersion = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

test('window.cordon exposes exactly the contract, as functions', async ({ appWindow }) => {
  const exposed = await appWindow.evaluate(() => {
    const bridge = (window as unknown as BridgeWindow).cordon;
    return Object.entries(bridge).map(([name, value]) => [name, typeof value] as const);
  });
  expect(exposed.map(([name]) => name).sort()).toEqual([...bridgeMethods].sort());
  expect(exposed.every(([, type]) => type === 'function')).toBe(true);
});

test('the page gets no Node and no raw IPC', async ({ appWindow }) => {
  const globals = await appWindow.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    const bridge = w['cordon'] as Record<string, unknown>;
    return {
      require: typeof w['require'],
      process: typeof w['process'],
      module: typeof w['module'],
      Buffer: typeof w['Buffer'],
      ipcRenderer: 'ipcRenderer' in w,
      bridgeIpc: 'ipcRenderer' in bridge,
      electron: typeof w['electron'],
    };
  });
  expect(globals).toEqual({
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
    Buffer: 'undefined',
    ipcRenderer: false,
    bridgeIpc: false,
    electron: 'undefined',
  });
});

test('getAppInfo reports the Electron host and its folders', async ({ appWindow, userDataDir }) => {
  const info = await appWindow.evaluate(() => (window as unknown as BridgeWindow).cordon.getAppInfo());
  expect(info.host).toBe('electron');
  expect(info.version).toBe(packageVersion);
  expect(info.platform).toBe(process.platform);
  expect(info.userDataPath).toBe(userDataDir);
});

test('calls with arguments outside the contract are rejected in main', async ({ appWindow }) => {
  const outcomes = await appWindow.evaluate(async () => {
    const bridge = (window as unknown as { cordon: Record<string, (...args: unknown[]) => Promise<unknown>> }).cordon;
    const attempt = async (call: () => Promise<unknown> | undefined) => {
      try {
        await call();
        return 'resolved';
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
    };
    return [
      await attempt(() => bridge['saveFile']?.({ suggestedName: '../../.bashrc', mimeType: 'text/plain', data: 'x' })),
      await attempt(() => bridge['openFile']?.({ maxBytes: -1 })),
      await attempt(() => bridge['getAppInfo']?.('unexpected')),
    ];
  });
  expect(outcomes[0]).toMatch(/invalid arguments for saveFile/);
  expect(outcomes[1]).toMatch(/invalid arguments for openFile/);
  expect(outcomes[2]).toMatch(/invalid arguments for getAppInfo/);
});
