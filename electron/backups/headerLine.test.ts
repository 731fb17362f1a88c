import { describe, expect, it } from 'vitest';
import { MAX_HEADER_BYTES } from '../../shared/backup/backupHeader';
import { backupBytes, headerAt } from './backupTesting';
import { headerOfFirstLine } from './headerLine';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('headerOfFirstLine', () => {
  it('reads the header from the first line, whatever follows', () => {
    const header = headerAt(1_765_000_000_000);
    expect(headerOfFirstLine(backupBytes(header, '{"tables":'))).toEqual(header);
  });

  it('gives null for a foreign, damaged or endless first line', () => {
    const header = JSON.stringify(headerAt(1_765_000_000_000));
    for (const text of [
      '',
      header, // no line break: cut short
      'PK\u0003\u0004 a zip\n',
      '{"format":"cordon-backup"}\n',
      `${header.slice(0, -1)}\n`,
      `${JSON.stringify({ ...headerAt(1), formatVersion: 2 })}\n`,
      'null\n',
    ]) {
      expect(headerOfFirstLine(bytes(text)), JSON.stringify(text.slice(0, 40))).toBeNull();
    }
    expect(headerOfFirstLine(new Uint8Array([0xff, 0xfe, 0x7b, 0x7d, 0x0a]))).toBeNull();
  });

  it('looks no further than MAX_HEADER_BYTES for the line break', () => {
    const header = headerAt(1_765_000_000_000);
    const padded = { ...header, appVersion: '0.1.0' };
    const line = JSON.stringify(padded);
    const far = new Uint8Array(MAX_HEADER_BYTES + 10).fill(0x20);
    far.set(bytes(line), 0);
    far[MAX_HEADER_BYTES + 1] = 0x0a;
    expect(headerOfFirstLine(far)).toBeNull();
    far[MAX_HEADER_BYTES] = 0x0a;
    expect(headerOfFirstLine(far)).toEqual(padded);
  });
});
