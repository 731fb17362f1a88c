import {
  parseBridgeArgs,
  type BridgeMethod,
  type BridgeResults,
  type CordonBridge,
  type OpenFileRequest,
  type ParsedArgs,
  type SaveFileRequest,
} from '../../shared/bridge/contract';

/**
 * The bridge done with web APIs, so the whole renderer runs in plain Chromium (tests,
 * `npm run web`). Arguments are checked with the same schemas main uses, so a call
 * that would be refused in Electron is refused here too.
 */
function parsed<K extends BridgeMethod>(method: K, args: unknown[]): ParsedArgs<K> {
  const result = parseBridgeArgs(method, args);
  if (!result) throw new TypeError(`cordon.${method}: invalid arguments`);
  return result;
}

function saveFile(request: SaveFileRequest): Promise<BridgeResults['saveFile']> {
  const [req] = parsed('saveFile', [request]);
  const blob = typeof req.data === 'string'
    ? new Blob([req.data], { type: req.mimeType })
    : new Blob([new Uint8Array(req.data)], { type: req.mimeType });
  const url = URL.createObjectURL(blob);
  try {
    const a = document.createElement('a');
    a.href = url;
    a.download = req.suggestedName;
    a.rel = 'noopener';
    document.body.append(a);
    a.click();
    a.remove();
  } finally {
    // The download has started once click() returns; the URL can go on the next tick.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
  return Promise.resolve({ saved: true, path: null });
}

function openFile(request: OpenFileRequest): Promise<BridgeResults['openFile']> {
  const [req] = parsed('openFile', [request]);
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = req.filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
    input.style.display = 'none';
    input.addEventListener('cancel', () => {
      input.remove();
      resolve({ opened: false, reason: 'cancelled' });
    });
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.remove();
      if (!file) return resolve({ opened: false, reason: 'cancelled' });
      if (file.size > req.maxBytes) return resolve({ opened: false, reason: 'too-large' });
      file.arrayBuffer().then(
        (buf) => resolve({ opened: true, name: file.name, data: new Uint8Array(buf) }),
        (err: unknown) => reject(err instanceof Error ? err : new Error(String(err))),
      );
    });
    document.body.append(input);
    input.click();
  });
}

export function createBrowserHost(version: string): CordonBridge {
  return {
    getAppInfo: (...args) => {
      parsed('getAppInfo', args);
      return Promise.resolve({ host: 'browser', version, platform: navigator.userAgent, userDataPath: null, documentsPath: null });
    },
    saveFile,
    openFile,
  } satisfies CordonBridge;
}
