import { describe, expect, it } from 'vitest';
import { bridgeMethods, isBridgeMethod, parseBridgeArgs } from './contract';
import { channelOf } from './channels';
import { datedFileName, safeFileStem } from './fileNames';

describe('bridge contract', () => {
  it('names every method once, each on its own channel', () => {
    expect([...bridgeMethods].sort()).toEqual(['getAppInfo', 'openFile', 'saveFile']);
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

describe('file names', () => {
  it('keeps Chinese and strips what file systems refuse', () => {
    expect(safeFileStem('香樟苑 交班单')).toBe('香樟苑-交班单');
    expect(safeFileStem('a/b\\c:d*e?"f<g>h|i')).toBe('a-b-c-d-e-f-g-h-i');
    expect(safeFileStem('..\u0000hidden')).toBe('hidden');
    expect(safeFileStem('...')).toBe('cordon');
    expect(safeFileStem('x'.repeat(200))).toHaveLength(80);
  });

  it('makes dated names that sort by time', () => {
    expect(datedFileName('香樟苑', 'backup', '2026-11-28-1405', '.json')).toBe('香樟苑-backup-2026-11-28-1405.json');
    const names = ['2026-11-28-1405', '2026-11-28-0905', '2026-11-27-2355'].map((s) =>
      datedFileName('s', 'b', s, 'json'),
    );
    expect([...names].sort()).toEqual(names.slice().reverse());
  });
});
