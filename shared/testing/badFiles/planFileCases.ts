import { concat, latin1, repeat, utf8 } from './bytes';
import { MB, open, svg, type PlanCollector } from './planKit';
import { JPEG_SOS_AT, planJpeg, planPng, PNG_IDAT_AT, PNG_SIGNATURE } from './pictures';
import { randomBytes } from './random';
import { xlsxEntries } from './xlsx';
import { writeZip } from './zip';

/**
 * Plan files that are no picture the importer takes, whatever their name says: nothing,
 * random bytes, other kinds of picture and file, megabytes on one line, over the limit.
 */
export function addFileCases({ refused, accepted }: PlanCollector): void {
  const png = planPng();
  const jpeg = planJpeg();
  const svgText = svg('');

  // Nothing, or next to nothing.
  refused('empty-png', '空.png', new Uint8Array(), 'empty');
  refused('empty-svg', '空.svg', new Uint8Array(), 'empty');
  refused('empty-jpeg', '空.jpg', new Uint8Array(), 'empty');
  refused('one-byte-png', '一个字节.png', Uint8Array.of(0x89), 'not-an-image');
  refused('one-byte-svg', '一个字节.svg', latin1('<'), 'not-an-image');

  // Random bytes; and random bytes behind a PNG's or a JPEG's signature.
  [64, 1000, 20_000, 300_000, 2 * MB, 5000].forEach((size, i) =>
    refused(
      `random-${i + 1}`,
      `随机${i + 1}.${['png', 'jpg', 'svg'][i % 3] ?? 'png'}`,
      randomBytes(100 + i, size),
      'not-an-image',
    ),
  );
  refused('random-after-png-signature', '随机PNG.png', concat(PNG_SIGNATURE, randomBytes(110, 4000)), 'broken-image');
  refused(
    'random-after-png-header',
    '随机PNG数据.png',
    concat(png.subarray(0, PNG_IDAT_AT), randomBytes(111, 4000)),
    'broken-image',
  );
  refused(
    'random-after-jpeg-start',
    '随机JPEG.jpg',
    concat([0xff, 0xd8, 0xff], randomBytes(112, 4000)),
    'broken-image',
  );
  refused(
    'random-after-jpeg-headers',
    '随机JPEG数据.jpg',
    concat(jpeg.subarray(0, JPEG_SOS_AT), randomBytes(113, 4000)),
    'broken-image',
  );

  // Another kind of file under a picture's name.
  const pdf = latin1('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n');
  refused('pdf-named-png', '文档.png', pdf, 'not-an-image');
  refused(
    'gif',
    '动图.gif',
    concat(latin1('GIF89a'), [1, 0, 1, 0, 0, 0, 0], latin1(',\0\0\0\0\x01\0\x01\0\0\x02\x02D\x01\0;')),
    'not-an-image',
  );
  refused('gif-named-png', '动图.png', concat(latin1('GIF87a'), [1, 0, 1, 0, 0, 0, 0], latin1(';')), 'not-an-image');
  const webp = concat(
    latin1('RIFF'),
    [26, 0, 0, 0],
    latin1('WEBPVP8L'),
    [13, 0, 0, 0, 0x2f, 0, 0, 0, 0, 0x07, 0x10, 0x11, 0x88, 0x88, 0xfe, 0x07, 0],
  );
  refused('webp', '照片.webp', webp, 'not-an-image');
  refused('webp-named-jpeg', '照片.jpg', webp, 'not-an-image');
  const bmp = concat(
    latin1('BM'),
    [58, 0, 0, 0, 0, 0, 0, 0, 54, 0, 0, 0, 40, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 24, 0],
    repeat(0, 28),
  );
  refused('bmp', '扫描.bmp', bmp, 'not-an-image');
  refused('bmp-named-png', '扫描.png', bmp, 'not-an-image');
  refused(
    'heic-named-jpeg',
    '苹果照片.jpg',
    concat([0, 0, 0, 24], latin1('ftypheic'), [0, 0, 0, 0], latin1('mif1heic')),
    'not-an-image',
  );
  refused('tiff-named-png', '扫描.tif.png', concat(latin1('II*\0'), [8, 0, 0, 0], repeat(0, 20)), 'not-an-image');
  refused('xlsx-named-png', '名单.png', writeZip(xlsxEntries([['姓名'], ['张三']])).bytes, 'not-an-image');
  refused('csv-named-png', '名单.png.png', utf8('姓名,电话\r\n张三,13900000000\r\n'), 'not-an-image');
  refused('svgz-named-svg', '压缩.svg', concat([0x1f, 0x8b, 0x08, 0], randomBytes(120, 200)), 'not-an-image');
  refused(
    'svg-utf16',
    '十六位.svg',
    concat([0xff, 0xfe], ...Array.from(svgText, (ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8])),
    'not-an-image',
  );

  // Another program's files.
  refused('json-named-svg', '数据.svg', utf8(JSON.stringify({ plan: { width: 1000, height: 700 } })), 'not-an-image');
  refused(
    'xml-not-svg',
    '平面.svg',
    utf8('<?xml version="1.0"?>\n<plan width="1000" height="700"><wall/></plan>\n'),
    'not-an-image',
  );
  refused('html-with-svg', '网页.svg', utf8(`<!DOCTYPE html><html><body>${svg('')}</body></html>`), 'not-an-image');

  // Huge: a line of megabytes, and a file over the limit.
  refused('huge-line-named-png', '一行.png', repeat(0x41, 3 * MB), 'not-an-image');
  refused('huge-line-svg-never-closed', '一行未闭合.svg', concat(utf8(open()), repeat(0x41, 3 * MB)), 'broken-svg');
  // A plan whose editor wrote megabytes of its own notes on one line: a real drawing, taken.
  accepted(
    'huge-line-svg-description',
    '一行说明.svg',
    utf8(svg(`<desc>${'平面图说明 '.repeat(200_000)}</desc>`)),
    false,
  );
  refused('too-large-file', '太大.png', concat(png.subarray(0, PNG_IDAT_AT), repeat(0, 21 * MB)), 'too-large-file');
}
