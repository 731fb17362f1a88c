import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWallMemory, serializeWallMemory, wallMemoryPath } from './wallMemory';

describe('parseWallMemory', () => {
  it('reads a file this app wrote', () => {
    expect(parseWallMemory('{"version":1,"open":true,"displayId":2528732444}\n')).toEqual({
      open: true,
      displayId: 2528732444,
    });
    expect(parseWallMemory('{"version":1,"open":false,"displayId":7}')).toEqual({ open: false, displayId: 7 });
    expect(parseWallMemory('{"version":1,"open":true,"displayId":null}')).toEqual({ open: true, displayId: null });
  });

  it('means closed for a missing, empty or corrupt file', () => {
    for (const text of [null, '', '   ', '{"version":1,"open":tr', '\u0000\u0000\u0000', 'true']) {
      expect(parseWallMemory(text), JSON.stringify(text)).toEqual({ open: false, displayId: null });
    }
  });

  it("means closed for another program's file, or one of another version", () => {
    for (const text of [
      '{"open":true,"displayId":2}',
      '{"version":2,"open":true,"displayId":2}',
      '{"version":"1","open":true,"displayId":2}',
      '{"version":1,"open":"yes","displayId":2}',
      '{"version":1,"displayId":2}',
      '{"version":1,"open":true}',
      '{"version":1,"open":true,"displayId":1.5}',
      '{"version":1,"open":true,"displayId":"2"}',
      '[{"version":1,"open":true,"displayId":2}]',
      'null',
    ]) {
      expect(parseWallMemory(text), text).toEqual({ open: false, displayId: null });
    }
  });
});

describe('serializeWallMemory', () => {
  it('writes what parseWallMemory reads back', () => {
    const text = serializeWallMemory({ open: true, displayId: 2528732444 });
    expect(text).toBe('{"version":1,"open":true,"displayId":2528732444}\n');
    expect(parseWallMemory(text)).toEqual({ open: true, displayId: 2528732444 });
    expect(parseWallMemory(serializeWallMemory({ open: false, displayId: null }))).toEqual({
      open: false,
      displayId: null,
    });
  });
});

describe('wallMemoryPath', () => {
  it('is wall.json in the user-data folder', () => {
    expect(wallMemoryPath('/home/op/.config/Cordon')).toBe(path.join('/home/op/.config/Cordon', 'wall.json'));
  });
});
