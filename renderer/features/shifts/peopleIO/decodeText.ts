/**
 * The text of a CSV file as Chinese Excel, WPS and other tools save it, found without
 * asking: UTF-8 with a byte order mark, UTF-8 without one, or GBK/GB18030 (what Excel
 * and WPS write by default on a Chinese Windows). A file that is not valid UTF-8 is read
 * as GB18030, which is a superset of GBK and GB2312 and decodes every byte sequence.
 */

export type TextEncodingName = 'utf-8' | 'gb18030';

const BOM = [0xef, 0xbb, 0xbf];

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (BOM.every((b, i) => bytes[i] === b)) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
