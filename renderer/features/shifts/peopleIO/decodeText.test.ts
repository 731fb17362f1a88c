import { describe, expect, it } from 'vitest';
import { decodeText } from './decodeText';

// "姓名,电话\r\n张三,13800138000\r\n" as Chinese Excel saves it (GBK), byte for byte.
const gbk = new Uint8Array([
  0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xb5, 0xe7, 0xbb, 0xb0, 0x0d, 0x0a, 0xd5, 0xc5, 0xc8, 0xfd, 0x2c, 0x31, 0x33, 0x38,
  0x30, 0x30, 0x31, 0x33, 0x38, 0x30, 0x30, 0x30, 0x0d, 0x0a,
]);
const text = '姓名,电话\r\n张三,13800138000\r\n';
const utf8 = new TextEncoder().encode(text);

describe('decodeText', () => {
  it('reads GBK bytes as GB18030', () => {
    expect(decodeText(gbk)).toEqual({ text, encoding: 'gb18030' });
  });

  it('reads UTF-8 without a byte order mark', () => {
    expect(decodeText(utf8)).toEqual({ text, encoding: 'utf-8' });
  });

  it('reads UTF-8 with a byte order mark and drops the mark', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    expect(decodeText(withBom)).toEqual({ text, encoding: 'utf-8' });
  });

  it('reads plain ASCII as UTF-8, and nothing as empty text', () => {
    expect(decodeText(new TextEncoder().encode('name\r\nAnn\r\n'))).toEqual({
      text: 'name\r\nAnn\r\n',
      encoding: 'utf-8',
    });
    expect(decodeText(new Uint8Array([]))).toEqual({ text: '', encoding: 'utf-8' });
  });

  it('reads a lone two-byte mark that is not a whole BOM as GB18030', () => {
    // 0xEF 0xBB alone is not valid UTF-8; in GB18030 it is the character 锘.
    expect(decodeText(new Uint8Array([0xef, 0xbb]))).toEqual({ text: '锘', encoding: 'gb18030' });
  });

  it('reads UTF-8 cut in the middle of a character as UTF-8, the cut character as U+FFFD', () => {
    // Up to 张 and the first of the three bytes of 三.
    expect(decodeText(utf8.subarray(0, 19))).toEqual({
      text: '姓名,电话\r\n张\uFFFD',
      encoding: 'utf-8',
    });
  });

  it('reads GBK with a broken byte as GB18030, the broken byte as U+FFFD', () => {
    // A lead byte after 张三, with a comma where its second byte should be.
    const broken = new Uint8Array([...gbk.subarray(0, 15), 0x81, ...gbk.subarray(15)]);
    expect(decodeText(broken)).toEqual({ text: '姓名,电话\r\n张三\uFFFD,13800138000\r\n', encoding: 'gb18030' });
  });
});
