import type {
  BridgeMethod,
  BridgeResults,
  CordonBridge,
  OpenFileRequest,
  OpenSheetRequest,
  ParsedArgs,
  PrintSheetRequest,
  SaveFileRequest,
  WriteBackupRequest,
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
  download(blob, req.suggestedName);
  return { saved: true, path: null };
}

/** Hands a file to the browser's downloads under `name`; where it lands is the browser's. */
function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  try {
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.rel = 'noopener';
    document.body.append(a);
    a.click();
    a.remove();
  } finally {
    // The download has started once click() returns; the URL can go on the next tick.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

/**
 * A browser keeps no folder of backups: the file is downloaded, and the operator keeps
 * it where they keep files (the reminder in the header asks for one each shift).
 */
async function writeBackup(request: WriteBackupRequest): Promise<BridgeResults['writeBackup']> {
  const [req] = await parsed('writeBackup', [request]);
  download(new Blob([new Uint8Array(req.data)], { type: 'application/octet-stream' }), req.fileName);
  return { written: true, path: null };
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

/**
 * A browser has no hidden window to print from: the sheet opens in a tab of its own,
 * whose print view asks for the print dialog once ready (see sheetReady). The tab is
 * opened without 'noopener', with which window.open always answers null and a blocked
 * popup could not be told from an opened tab.
 */
async function printSheet(request: PrintSheetRequest): Promise<BridgeResults['printSheet']> {
  const [req] = await parsed('printSheet', [request]);
  // The print page, beside the app's (print.html): the sheet's code only, so it is ready sooner.
  const page = new URL('print.html', window.location.href);
  const url = `${page.href}#${req.route}${req.route.includes('?') ? '&' : '?'}print=dialog`;
  if (window.open(url, '_blank') === null) return { done: false, reason: 'failed', message: 'popup-blocked' };
  // The browser keeps no archive, and where the user saves the PDF is the print dialog's.
  return { done: true, savedTo: null, archivedAs: null };
}

/**
 * The print view is ready: marked on the page (specs wait for `data-print-ready`), and,
 * in a tab printSheet opened, the print dialog is asked for once, after the next frame
 * is drawn so the dialog's preview shows the finished sheet.
 */
async function sheetReady(...args: []): Promise<BridgeResults['sheetReady']> {
  await parsed('sheetReady', args);
  const root = document.documentElement;
  const first = root.dataset.printReady !== 'true';
  root.dataset.printReady = 'true';
  if (first && printDialogAsked(window.location.hash)) requestAnimationFrame(() => window.print());
  return { ok: true };
}

/** Whether a print route's own query (after the '?' in the hash) asks for the print dialog. */
function printDialogAsked(hash: string): boolean {
  const query = hash.indexOf('?');
  return query >= 0 && new URLSearchParams(hash.slice(query + 1)).get('print') === 'dialog';
}

/** The wall's tab is found again by this name: a second open brings it forward, never a second wall. */
const WALL_TARGET = 'cordon-wall';

/**
 * The wall screen in a tab of its own (a browser has no second window to place): the
 * named tab is looked up first, so asking again only brings it forward. Opened without
 * 'noopener', with which window.open always answers null and a blocked tab could not be
 * told from an opened one.
 */
async function openWall(...args: []): Promise<BridgeResults['openWall']> {
  await parsed('openWall', args);
  const wall = window.open('', WALL_TARGET);
  if (wall === null) return { opened: false, reason: 'blocked' };
  const url = new URL(window.location.href);
  url.hash = '#/wall';
  // A tab just opened by that name is blank; one already open on the wall is left as it
  // is. One gone elsewhere (another site, which may not be read: a SecurityError) comes back.
  if (!showsWall(wall)) wall.location.href = url.href;
  wall.focus();
  return { opened: true };
}

function showsWall(tab: Window): boolean {
  try {
    return tab.location.origin === window.location.origin && tab.location.hash.startsWith('#/wall');
  } catch {
    return false;
  }
}

export function createBrowserHost(version: string): CordonBridge {
  return {
    getAppInfo: async (...args) => {
      await parsed('getAppInfo', args);
      return { host: 'browser', version, platform: navigator.userAgent, userDataPath: null, documentsPath: null };
    },
    saveFile,
    openFile,
    printSheet,
    sheetReady,
    // A browser keeps no archive of printed sheets, so it has none to list or open.
    listSheets: async (...args) => {
      await parsed('listSheets', args);
      return [];
    },
    openSheet: async (request: OpenSheetRequest) => {
      await parsed('openSheet', [request]);
      return { opened: false };
    },
    openWall,
    writeBackup,
    // Nothing is kept in a browser, so there is no backup to list, read back or show.
    listBackups: async (...args) => {
      await parsed('listBackups', args);
      return [];
    },
    readBackup: async (...args) => {
      await parsed('readBackup', args);
      return { opened: false, reason: 'cancelled' };
    },
    showBackup: async (...args) => {
      await parsed('showBackup', args);
      return { shown: false };
    },
  } satisfies CordonBridge;
}
