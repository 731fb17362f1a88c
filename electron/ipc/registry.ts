import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import {
  bridgeMethods,
  channelOf,
  parseBridgeArgs,
  type BridgeCaller,
  type BridgeHandlers,
  type BridgeMethod,
  type BridgeResults,
  type HandlerArgs,
} from '../../shared/bridge/contract';
import { APP_ORIGIN } from '../appOrigin';
import { isTrustedSender } from './trustedSender';

/** The part of ipcMain the registry needs; a fake stands in for it in unit tests. */
export type InvokeRegistrar = Pick<IpcMain, 'handle'>;

/**
 * Every contract method gets a handler, and every handler is guarded the same way. A
 * handler is told who called (the sender's webContents id) after its arguments, so a
 * call can be tied to its window, as a print window's `sheetReady` is to its job.
 */
export function registerBridge(ipc: InvokeRegistrar, handlers: BridgeHandlers): void {
  for (const method of bridgeMethods) registerMethod(ipc, handlers, method);
}

// K ties the handler's parsed arguments to the same method's schema.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
function registerMethod<K extends BridgeMethod>(ipc: InvokeRegistrar, handlers: BridgeHandlers, method: K): void {
  const handler: (...args: HandlerArgs<K>) => Promise<BridgeResults[K]> = handlers[method];
  ipc.handle(channelOf(method), async (event: IpcMainInvokeEvent, ...raw: unknown[]) => {
    const frame = event.senderFrame;
    if (!isTrustedSender(frame?.url, frame?.parent === null)) {
      throw new Error(`cordon: ${method} refused: the caller is not ${APP_ORIGIN}`);
    }
    const args = parseBridgeArgs(method, raw);
    if (args === null) throw new Error(`cordon: invalid arguments for ${method}`);
    const caller: BridgeCaller = { senderId: event.sender.id };
    return handler(...args, caller);
  });
}
