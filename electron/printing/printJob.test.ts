import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PrintSheetRequest } from '../../shared/bridge/contract';
import { createSheetPrinter, paperOutcome, type PaperOutcome, type PrintHost, type SheetWindow } from './printJob';
import { ReadyWaits } from './readyWaits';

afterEach(() => {
  vi.useRealTimers();
});

const PDF = new Uint8Array([37, 80, 68, 70]);
const caller = { senderId: 1 };
const request = (over: Partial<PrintSheetRequest> = {}): PrintSheetRequest => ({
  route: '/print/shift?sheet=s-1',
  fileName: 'shift_2026-11-28_白班_XZY-0042.pdf',
  siteId: 'site-1',
  output: 'pdf',
  ...over,
});

type PageBehaviour = 'ready' | 'never' | { fail: string };

/** A hidden window whose page does what the test says once loaded, recording what is done to it. */
class FakeWindow implements SheetWindow {
  readonly loaded: string[] = [];
  closed = 0;
  printed = 0;
  #fail: ((message: string) => void) | null = null;

  constructor(
    readonly id: number,
    private readonly waits: ReadyWaits,
    private readonly page: PageBehaviour,
    private readonly paper: PaperOutcome,
    private readonly pdf: () => Promise<Uint8Array>,
  ) {}

  load(url: string): void {
    this.loaded.push(url);
    if (this.page === 'ready') this.waits.ready(this.id);
    else if (this.page !== 'never') this.#fail?.(this.page.fail);
  }
  readonly watchFailures = (fail: (message: string) => void) => {
    this.#fail = fail;
    return () => {
      this.#fail = null;
    };
  };
  toPdf(): Promise<Uint8Array> {
    return this.pdf();
  }
  async toPrinter(): Promise<PaperOutcome> {
    this.printed++;
    return this.paper;
  }
  close(): void {
    this.closed++;
  }
}

interface Setup {
  page?: PageBehaviour;
  paper?: PaperOutcome;
  pdf?: () => Promise<Uint8Array>;
  savePath?: string | null;
  keep?: PrintHost['keep'];
  write?: PrintHost['write'];
  openWindow?: () => SheetWindow;
}

function setup(s: Setup = {}) {
  const waits = new ReadyWaits();
  const windows: FakeWindow[] = [];
  const written: Array<{ path: string; data: Uint8Array }> = [];
  const host = {
    openWindow: vi.fn(
      s.openWindow ??
        (() => {
          const win = new FakeWindow(
            100 + windows.length,
            waits,
            s.page ?? 'ready',
            s.paper ?? { printed: true },
            s.pdf ?? (async () => PDF),
          );
          windows.push(win);
          return win;
        }),
    ),
    keep: vi.fn(s.keep ?? (async (_site: string, name: string) => name)),
    askSavePath: vi.fn(async () => (s.savePath === undefined ? '/home/op/Documents/sheet.pdf' : s.savePath)),
    write: vi.fn(
      s.write ??
        (async (path: string, data: Uint8Array) => {
          written.push({ path, data });
        }),
    ),
    warn: vi.fn(),
  } satisfies PrintHost;
  const print = createSheetPrinter(host, waits, 1_000);
  return { host, waits, windows, written, print };
}

describe('a sheet printed to PDF', () => {
  it('loads the route, keeps a copy, saves where the user says and closes the window', async () => {
    const { host, windows, written, print } = setup();
    await expect(print(request(), caller)).resolves.toEqual({
      done: true,
      savedTo: '/home/op/Documents/sheet.pdf',
      archivedAs: 'shift_2026-11-28_白班_XZY-0042.pdf',
    });
    expect(windows[0]?.loaded).toEqual(['app://cordon/print.html#/print/shift?sheet=s-1']);
    expect(host.keep).toHaveBeenCalledWith('site-1', 'shift_2026-11-28_白班_XZY-0042.pdf', PDF);
    expect(host.askSavePath).toHaveBeenCalledWith('shift_2026-11-28_白班_XZY-0042.pdf', caller);
    expect(written).toEqual([{ path: '/home/op/Documents/sheet.pdf', data: PDF }]);
    expect(windows[0]?.closed).toBe(1);
    expect(windows[0]?.printed).toBe(0);
  });

  it('keeps the archive copy when the user cancels the save: the sheet number was issued', async () => {
    const { host, windows, written, print } = setup({ savePath: null });
    await expect(print(request(), caller)).resolves.toEqual({
      done: false,
      reason: 'cancelled',
      message: 'the save was cancelled',
    });
    expect(host.keep).toHaveBeenCalledTimes(1);
    expect(written).toEqual([]);
    expect(windows[0]?.closed).toBe(1);
  });

  it('still saves a sheet the archive could not keep, and says it was not kept', async () => {
    const { host, written, print } = setup({ keep: async () => Promise.reject(new Error('EACCES')) });
    await expect(print(request(), caller)).resolves.toEqual({
      done: true,
      savedTo: '/home/op/Documents/sheet.pdf',
      archivedAs: null,
    });
    expect(host.warn).toHaveBeenCalledWith(expect.stringContaining('could not be kept'), new Error('EACCES'));
    expect(written).toHaveLength(1);
  });

  it('fails with the reason when the file cannot be written, and closes the window', async () => {
    const { windows, print } = setup({ write: async () => Promise.reject(new Error('ENOSPC: no space left')) });
    await expect(print(request(), caller)).resolves.toEqual({
      done: false,
      reason: 'failed',
      message: 'ENOSPC: no space left',
    });
    expect(windows[0]?.closed).toBe(1);
  });
});

describe('a sheet sent to a printer', () => {
  it('keeps a copy and prints through the dialog; nothing is saved', async () => {
    const { host, windows, print } = setup();
    await expect(print(request({ output: 'printer' }), caller)).resolves.toEqual({
      done: true,
      savedTo: null,
      archivedAs: 'shift_2026-11-28_白班_XZY-0042.pdf',
    });
    expect(windows[0]?.printed).toBe(1);
    expect(host.keep).toHaveBeenCalledTimes(1);
    expect(host.askSavePath).not.toHaveBeenCalled();
    expect(windows[0]?.closed).toBe(1);
  });

  it('says cancelled or failed as the printer does, keeping the archive copy', async () => {
    for (const paper of [
      { printed: false, reason: 'cancelled', message: 'Print job canceled' },
      { printed: false, reason: 'failed', message: 'Invalid printer settings' },
    ] as const) {
      const { host, windows, print } = setup({ paper });
      await expect(print(request({ output: 'printer' }), caller)).resolves.toEqual({
        done: false,
        reason: paper.reason,
        message: paper.message,
      });
      expect(host.keep).toHaveBeenCalledTimes(1);
      expect(windows[0]?.closed).toBe(1);
    }
  });
});

describe('a sheet that cannot be made', () => {
  it('fails with the message of a page that did not load, and makes no PDF', async () => {
    const pdf = vi.fn(async () => PDF);
    const { host, windows, waits, print } = setup({ page: { fail: 'the sheet page did not load' }, pdf });
    await expect(print(request(), caller)).resolves.toEqual({
      done: false,
      reason: 'failed',
      message: 'the sheet page did not load',
    });
    expect(pdf).not.toHaveBeenCalled();
    expect(host.keep).not.toHaveBeenCalled();
    expect(windows[0]?.closed).toBe(1);
    expect(waits.size).toBe(0);
  });

  it('fails when the page is not ready in time', async () => {
    vi.useFakeTimers();
    const { windows, waits, print } = setup({ page: 'never' });
    const result = print(request(), caller);
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(result).resolves.toEqual({
      done: false,
      reason: 'failed',
      message: 'the sheet was not ready within 1 s',
    });
    expect(windows[0]?.closed).toBe(1);
    expect(waits.size).toBe(0);
  });

  it('fails when the PDF cannot be made, or the window cannot be opened', async () => {
    const noPdf = setup({ pdf: async () => Promise.reject(new Error('Printing failed')) });
    await expect(noPdf.print(request(), caller)).resolves.toEqual({
      done: false,
      reason: 'failed',
      message: 'Printing failed',
    });
    expect(noPdf.host.keep).not.toHaveBeenCalled();
    expect(noPdf.windows[0]?.closed).toBe(1);

    const noWindow = setup({
      openWindow: () => {
        throw new Error('no display');
      },
    });
    await expect(noWindow.print(request(), caller)).resolves.toEqual({
      done: false,
      reason: 'failed',
      message: 'no display',
    });
  });
});

describe('one sheet at a time', () => {
  it('refuses a second sheet while one is under way, and takes the next once it is done', async () => {
    let answer: (path: string | null) => void = () => undefined;
    const { host, windows, print } = setup();
    host.askSavePath.mockImplementationOnce(
      () =>
        new Promise<string | null>((resolve) => {
          answer = resolve;
        }),
    );
    const first = print(request(), caller);
    await vi.waitFor(() => expect(host.askSavePath).toHaveBeenCalled());
    await expect(print(request(), caller)).resolves.toEqual({
      done: false,
      reason: 'failed',
      message: 'another sheet is being printed',
    });
    expect(host.openWindow).toHaveBeenCalledTimes(1);
    answer('/tmp/first.pdf');
    await expect(first).resolves.toMatchObject({ done: true, savedTo: '/tmp/first.pdf' });
    await expect(print(request(), caller)).resolves.toMatchObject({ done: true });
    expect(windows.map((w) => w.closed)).toEqual([1, 1]);
  });

  it('takes the next sheet after one that failed', async () => {
    const { host, print } = setup({ pdf: async () => Promise.reject(new Error('x')) });
    await print(request(), caller);
    await print(request(), caller);
    expect(host.openWindow).toHaveBeenCalledTimes(2);
  });
});

describe('paperOutcome', () => {
  it('reads the print callback: printed, cancelled in the dialog, or failed', () => {
    expect(paperOutcome(true, '')).toEqual({ printed: true });
    for (const reason of ['Print job canceled', 'cancelled']) {
      expect(paperOutcome(false, reason)).toEqual({ printed: false, reason: 'cancelled', message: reason });
    }
    for (const reason of ['Print job failed', 'Invalid printer settings', '']) {
      expect(paperOutcome(false, reason)).toEqual({ printed: false, reason: 'failed', message: reason });
    }
  });
});
