import { describe, expect, it } from 'vitest';
import { bridgeMethods, isBridgeMethod, parseBridgeArgs } from './contract';
import { channelOf } from './channels';
import { datedFileName, safeFileStem } from './fileNames';

describe('bridge contract', () => {
  it('names every method once, each on its own channel', () => {
    expect([...bridgeMethods].sort()).toEqual([
      'getAppInfo',
      'listBackups',
      'listSheets',
      'openFile',
      'openSheet',
      'openWall',
      'printSheet',
      'readBackup',
      'saveFile',
      'sheetReady',
      'showBackup',
      'writeBackup',
    ]);
    expect(new Set(bridgeMethods.map(channelOf)).size).toBe(bridgeMethods.length);
    expect(isBridgeMethod('saveFile')).toBe(true);
    expect(isBridgeMethod('toString')).toBe(false);
    expect(isBridgeMethod('__proto__')).toBe(false);
  });

  it('accepts well-formed arguments and fills defaults', () => {
    expect(parseBridgeArgs('getAppInfo', [])).toEqual([]);
    expect(parseBridgeArgs('openFile', [{}])).toEqual([{ filters: [], maxBytes: 50 * 1024 * 1024 }]);
    const bytes = new Uint8Array([1, 2, 3]);
    expect(
      parseBridgeArgs('saveFile', [
        { suggestedName: '香樟苑-交班单.pdf', mimeType: 'application/pdf', data: bytes },
      ])?.[0]?.data,
    ).toBe(bytes);
  });

  it('refuses what a compromised page might send', () => {
    expect(parseBridgeArgs('getAppInfo', ['extra'])).toBeNull();
    expect(
      parseBridgeArgs('saveFile', [{ suggestedName: '../../.bashrc', mimeType: 'text/plain', data: 'x' }]),
    ).toBeNull();
    expect(
      parseBridgeArgs('saveFile', [{ suggestedName: 'C:\\Windows\\evil.dll', mimeType: 'text/plain', data: 'x' }]),
    ).toBeNull();
    expect(parseBridgeArgs('saveFile', [{ suggestedName: '..', mimeType: 'text/plain', data: 'x' }])).toBeNull();
    expect(
      parseBridgeArgs('saveFile', [{ suggestedName: 'a.txt', mimeType: 'text/plain', data: { length: 1 } }]),
    ).toBeNull();
    expect(parseBridgeArgs('openFile', [{ filters: [{ name: 'x', extensions: ['png;rm -rf'] }] }])).toBeNull();
    expect(parseBridgeArgs('openFile', [{ maxBytes: 10 * 1024 * 1024 * 1024 }])).toBeNull();
    expect(parseBridgeArgs('openFile', [])).toBeNull();
  });
});

describe('bridge contract limits, at their edges', () => {
  const save = (over: Record<string, unknown>) =>
    parseBridgeArgs('saveFile', [{ suggestedName: '交班单.pdf', mimeType: 'application/pdf', data: 'x', ...over }]);
  const open = (over: Record<string, unknown>) => parseBridgeArgs('openFile', [over]);
  const filter = (name: string, extensions: string[]) => ({ name, extensions });

  it('saves text and bytes of up to 256 MiB, and no more', () => {
    expect(save({ data: '交班单' })?.[0]).toEqual({
      suggestedName: '交班单.pdf',
      mimeType: 'application/pdf',
      data: '交班单',
      filters: [],
    });
    // One buffer and a view one byte shorter: the limit itself, then one byte past it.
    const past = new Uint8Array(268_435_457);
    expect(save({ data: past.subarray(0, 268_435_456) })).not.toBeNull();
    expect(save({ data: past })).toBeNull();
  });

  it('refuses a suggested name that is a path, a dot or empty, and takes one with dots inside', () => {
    for (const name of ['.', '..', '', 'a/b.pdf', 'a\\b.pdf', 'a\0.pdf', 'x'.repeat(201)]) {
      expect(save({ suggestedName: name }), JSON.stringify(name)).toBeNull();
    }
    for (const name of ['...pdf', '.hidden', '交班单.2021-11-27.pdf', 'x'.repeat(200)]) {
      expect(save({ suggestedName: name })?.[0]?.suggestedName).toBe(name);
    }
  });

  it('takes file filters of 1 to 20 extensions of 1 to 10 letters or digits, 10 filters at most', () => {
    const pdf = filter('PDF', ['pdf']);
    expect(open({ filters: [pdf] })?.[0]).toEqual({ filters: [pdf], maxBytes: 52_428_800 });
    expect(open({ filters: [filter('x'.repeat(80), ['jpeg2000xy', 'a', 'PNG', 'b1'])] })).not.toBeNull();
    expect(
      open({
        filters: [
          filter(
            '图片',
            Array.from({ length: 20 }, (_, i) => `e${String(i)}`),
          ),
        ],
      }),
    ).not.toBeNull();
    for (const bad of [
      filter('', ['pdf']),
      filter('x'.repeat(81), ['pdf']),
      filter('PDF', []),
      filter(
        'PDF',
        Array.from({ length: 21 }, (_, i) => `e${String(i)}`),
      ),
      filter('PDF', ['']),
      filter('PDF', ['jpeg2000xyz']),
      filter('PDF', ['.pdf']),
    ]) {
      expect(open({ filters: [bad] }), JSON.stringify(bad)).toBeNull();
    }
    expect(open({ filters: Array.from({ length: 10 }, () => pdf) })).not.toBeNull();
    expect(open({ filters: Array.from({ length: 11 }, () => pdf) })).toBeNull();
    expect(save({ filters: [pdf] })?.[0]?.filters).toEqual([pdf]);
    expect(save({ filters: Array.from({ length: 11 }, () => pdf) })).toBeNull();
  });
});

describe('printing sheets', () => {
  const good = {
    route: '/print/shift?sheet=3f2a9c1e-0b7d-4e8a-9f00-1c2d3e4f5a6b',
    fileName: 'shift_2026-11-28_白班_XZY-0042.pdf',
    siteId: '3f2a9c1e-0b7d-4e8a-9f00-1c2d3e4f5a6b',
    output: 'pdf',
  };
  const print = (over: Record<string, unknown>) => parseBridgeArgs('printSheet', [{ ...good, ...over }]);

  it('takes a print route, a PDF name, a site and where the sheet goes', () => {
    expect(print({})).toEqual([good]);
    expect(print({ output: 'printer' })?.[0]?.output).toBe('printer');
    for (const route of [
      '/print/shift',
      '/print/day-roster?date=2026-11-28&shift=current',
      `/print/x${'y'.repeat(492)}`,
    ]) {
      expect(print({ route })?.[0]?.route, route).toBe(route);
    }
  });

  it('refuses a route that is not a print view, or that could be read as more than a route', () => {
    for (const route of [
      '/settings',
      'print/shift',
      '/printer/shift',
      '/print/',
      '/print//shift',
      '/print/?x=1',
      'https://example.com/print/shift',
      '/print/shift#/settings',
      '/print/shift?x=1#y',
      '/print/shift\n/settings',
      '/print/shift\u0000',
      '/print/shift\u007f',
      `/print/x${'y'.repeat(493)}`,
      '',
      42,
    ]) {
      expect(print({ route }), JSON.stringify(route)).toBeNull();
    }
  });

  it('refuses a file name that is a path, not a PDF, hidden, or not a name every system takes', () => {
    for (const fileName of [
      'a/b.pdf',
      '../shift.pdf',
      'C:\\shift.pdf',
      'shift.txt',
      'shift.pdf.exe',
      'shift.PDF',
      '.pdf',
      '.shift.pdf',
      'shift:evil.pdf',
      'shift?.pdf',
      'shift*.pdf',
      'shift|.pdf',
      'shift".pdf',
      'shift<1>.pdf',
      'shift\t.pdf',
      `${'x'.repeat(197)}.pdf`,
    ]) {
      expect(print({ fileName }), JSON.stringify(fileName)).toBeNull();
    }
    expect(print({ fileName: `${'x'.repeat(196)}.pdf` })).not.toBeNull();
    expect(print({ fileName: 'shift_2026-11-28_白班 (2).pdf' })).not.toBeNull();
  });

  it('takes a site id of 1 to 64 letters, digits and dashes only', () => {
    for (const siteId of ['a', 'Z9-', 'x'.repeat(64)]) expect(print({ siteId })?.[0]?.siteId).toBe(siteId);
    for (const siteId of ['', '..', '../other', 'a/b', 'a\\b', 'a.b', 'a b', '香樟苑', 'x'.repeat(65), 7]) {
      expect(print({ siteId }), JSON.stringify(siteId)).toBeNull();
    }
  });

  it('refuses an output other than pdf or printer, and a request missing a field', () => {
    expect(print({ output: 'fax' })).toBeNull();
    expect(print({ output: undefined })).toBeNull();
    expect(print({ route: undefined })).toBeNull();
    expect(parseBridgeArgs('printSheet', [])).toBeNull();
  });

  it('takes no arguments for sheetReady, a site id for listSheets, a site and a name for openSheet', () => {
    expect(parseBridgeArgs('sheetReady', [])).toEqual([]);
    expect(parseBridgeArgs('sheetReady', ['x'])).toBeNull();
    expect(parseBridgeArgs('listSheets', ['site-1'])).toEqual(['site-1']);
    expect(parseBridgeArgs('listSheets', ['../site-1'])).toBeNull();
    expect(parseBridgeArgs('listSheets', [])).toBeNull();
    const open = (name: unknown, siteId: unknown = 'site-1') => parseBridgeArgs('openSheet', [{ siteId, name }]);
    expect(open('shift_2026-11-28_X-1.pdf')).toEqual([{ siteId: 'site-1', name: 'shift_2026-11-28_X-1.pdf' }]);
    for (const name of ['../../.bashrc', '../other-site/shift_2026-11-28_X-1.pdf', 'run.sh', '', '.pdf']) {
      expect(open(name), name).toBeNull();
    }
    expect(open('shift_2026-11-28_X-1.pdf', '..')).toBeNull();
  });

  it('takes no arguments for openWall', () => {
    expect(parseBridgeArgs('openWall', [])).toEqual([]);
    expect(parseBridgeArgs('openWall', ['#/settings'])).toBeNull();
  });
});

describe('backups', () => {
  const good = {
    siteId: '3f2a9c1e-0b7d',
    fileName: '香樟苑-backup-2026-12-05-1400.cordon',
    timeZone: 'Asia/Shanghai',
    data: new Uint8Array([0x7b, 0x7d]),
  };
  const write = (over: Record<string, unknown>) => parseBridgeArgs('writeBackup', [{ ...good, ...over }]);
  const ref = (method: 'readBackup' | 'showBackup', siteId: unknown, name: unknown) =>
    parseBridgeArgs(method, [{ siteId, name }]);

  it('takes a site, a .cordon name, the site’s zone and bytes to write', () => {
    expect(write({})).toEqual([good]);
    for (const over of [
      { data: '{}' },
      { timeZone: '' },
      { timeZone: 'x'.repeat(61) },
      { siteId: '../x' },
      { fileName: 'backup.json' },
      { fileName: '.cordon' },
      { fileName: '../x.cordon' },
      { fileName: 'a:b.cordon' },
    ]) {
      expect(write(over), JSON.stringify(over)).toBeNull();
    }
  });

  it('names a kept backup by site and plain name only, for reading and showing', () => {
    expect(parseBridgeArgs('listBackups', ['site-1'])).toEqual(['site-1']);
    expect(parseBridgeArgs('listBackups', ['../site-1'])).toBeNull();
    for (const method of ['readBackup', 'showBackup'] as const) {
      expect(ref(method, 'site-1', 'a (2).cordon')).toEqual([{ siteId: 'site-1', name: 'a (2).cordon' }]);
      for (const name of ['../site-2/a.cordon', 'a/b.cordon', 'a\\b.cordon', '.a.cordon', 'a.pdf', '']) {
        expect(ref(method, 'site-1', name), `${method} ${name}`).toBeNull();
      }
      expect(ref(method, '..', 'a.cordon')).toBeNull();
    }
  });
});

describe('file names', () => {
  it('keeps Chinese and strips what file systems refuse', () => {
    expect(safeFileStem('香樟苑 交班单')).toBe('香樟苑-交班单');
    expect(safeFileStem('香樟苑 \t 交班单 -- 早班')).toBe('香樟苑-交班单-早班');
    expect(safeFileStem('a/b\\c:d*e?"f<g>h|i')).toBe('a-b-c-d-e-f-g-h-i');
    expect(safeFileStem('..\u0000hidden')).toBe('hidden');
    expect(safeFileStem('...')).toBe('cordon');
    expect(safeFileStem('x'.repeat(200))).toHaveLength(80);
    expect(safeFileStem('  交班单 .. ')).toBe('交班单');
    expect(safeFileStem('名单...')).toBe('名单');
    expect(safeFileStem('.-.名单.-.')).toBe('名单');
  });

  it('makes dated names that sort by time', () => {
    expect(datedFileName('香樟苑', 'backup', '2026-11-28-1405', '.json')).toBe('香樟苑-backup-2026-11-28-1405.json');
    expect(datedFileName('香樟苑', 'export', '2026-11-28-1405', 'tar.gz')).toBe('香樟苑-export-2026-11-28-1405.tar.gz');
    const names = ['2026-11-28-1405', '2026-11-28-0905', '2026-11-27-2355'].map((s) =>
      datedFileName('s', 'b', s, 'json'),
    );
    expect([...names].sort()).toEqual(names.slice().reverse());
  });
});
