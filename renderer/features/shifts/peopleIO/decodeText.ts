/**
 * The text of a CSV file as Chinese Excel, WPS and other tools save it, found without
 * asking: UTF-8 with a byte order mark, UTF-8 without one, or GBK/GB18030 (what Excel
 * and WPS write by default on a Chinese Windows). A file that is not valid UTF-8 is read
 * as GB18030, which is a superset of GBK and GB2312, unless it is UTF-8 with a little
 * damage (a file cut in the middle of a character): read as GB18030, all of it would be
 * mojibake, while as UTF-8 only the damage is, as U+FFFD, which the reader then refuses.
 */

export type TextEncodingName = 'utf-8' | 'gb18030';

const BOM = [0xef, 0xbb, 0xbf];
const REPLACEMENT = '\uFFFD';

/**
 * Whether text decoded as UTF-8 is UTF-8 with damage rather than another encoding: GBK
 * read as UTF-8 breaks at most of its characters (about one in six or seven decodes by
 * chance), UTF-8 with a cut or a flipped byte at one or two.
 */
function damagedUtf8(text: string): boolean {
  let broken = 0;
  let whole = 0;
  for (const ch of text) {
    if (ch === REPLACEMENT) broken += 1;
    else if (ch > '\u007f') whole += 1;
  }
  return whole >= 4 * broken;
}

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (BOM.every((b, i) => bytes[i] === b)) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const asUtf8 = new TextDecoder('utf-8').decode(bytes);
    if (damagedUtf8(asUtf8)) return { text: asUtf8, encoding: 'utf-8' };
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
