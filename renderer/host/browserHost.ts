import type {
  BridgeMethod,
  BridgeResults,
  CordonBridge,
  OpenFileRequest,
  ParsedArgs,
  SaveFileRequest,
} from '../../shared/bridge/contract';

/**
 * The bridge done with web APIs, so the whole renderer runs in plain Chromium (tests,
 * `npm run web`). Arguments are checked with the same schemas main uses, so a call
 * that would be refused in Electron is refused here too.
 */
async function parsed<K extends BridgeMethod>(method: K, args: unknown[]): Promise<ParsedArgs<K>> {
  // The schemas load with the first call, not at start.
  const { parseBridgeArgs } = await import('../../shared/bridge/contract');
  const result = parseBridgeArgs(method, args);
  if (!result) throw new TypeError(`cordon.${method}: invalid arguments`);
  return result;
}

async function saveFile(request: SaveFileRequest): Promise<BridgeResults['saveFile']> {
  const [req] = await parsed('saveFile', [request]);
  const blob =
    typeof req.data === 'string'
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
  return { saved: true, path: null };
}

async function openFile(request: OpenFileRequest): Promise<BridgeResults['openFile']> {
  // The file chooser needs the click's user activation, which outlasts this short wait.
  const [req] = await parsed('openFile', [request]);
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
    getAppInfo: async (...args) => {
      await parsed('getAppInfo', args);
      return { host: 'browser', version, platform: navigator.userAgent, userDataPath: null, documentsPath: null };
    },
    saveFile,
    openFile,
  } satisfies CordonBridge;
}
