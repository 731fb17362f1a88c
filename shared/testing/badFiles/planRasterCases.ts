import { concat, flip, u32be } from './bytes';
import { type PlanCollector } from './planKit';
import {
  ihdr,
  JPEG_SOS_AT,
  planJpeg,
  planPng,
  PNG_IDAT_AT,
  PNG_IHDR_AT,
  PNG_SIGNATURE,
  pngChunk,
  zlibStored,
} from './pictures';
import { randomBytes } from './random';

/** PNG and JPEG plans cut short, with a byte flipped, or with a header that lies. */
export function addRasterCases({ refused, accepted }: PlanCollector): void {
  const png = planPng();
  const jpeg = planJpeg();

  // A whole PNG and JPEG cut short.
  const pngCuts: [string, number][] = [
    ['signature', 8],
    ['in-ihdr', 20],
    ['after-ihdr', PNG_IDAT_AT],
    ['in-idat', Math.floor(png.length / 2)],
    ['before-iend', png.length - 12],
    ['last-byte', png.length - 1],
  ];
  for (const [where, at] of pngCuts)
    refused(`png-cut-${where}`, `截断-${where}.png`, png.subarray(0, at), 'broken-image');
  // A bigger JPEG, with picture data enough to cut into (the start of scan takes 10 bytes).
  const photo = planJpeg(400, 300);
  const jpegCuts: [string, number][] = [
    ['after-start-marker', 3],
    ['in-tables', 10],
    ['before-scan', JPEG_SOS_AT],
    ['in-scan', JPEG_SOS_AT + 10 + 200],
    ['no-end-marker', photo.length - 2],
  ];
  for (const [where, at] of jpegCuts)
    refused(`jpeg-cut-${where}`, `截断-${where}.jpg`, photo.subarray(0, at), 'broken-image');
  // One byte flipped.
  refused('png-flipped-in-signature', '翻转-签名.png', flip(png, 1), 'not-an-image');
  refused('png-flipped-in-ihdr-crc', '翻转-IHDR校验.png', flip(png, PNG_IHDR_AT + 24), 'broken-image');
  refused('png-flipped-in-chunk-type', '翻转-块类型.png', flip(png, PNG_IDAT_AT + 5), 'broken-image');
  refused('png-flipped-in-idat', '翻转-图像数据.png', flip(png, PNG_IDAT_AT + 200), 'broken-image');
  refused('jpeg-flipped-in-start', '翻转-JPEG开头.jpg', flip(jpeg, 1), 'not-an-image');
  refused('jpeg-flipped-in-frame-marker', '翻转-帧标记.jpg', flip(jpeg, 2 + 69 + 1), 'broken-image');
  // JPEG has no checksum: a flipped bit in its picture data draws as a wrong block, which the
  // person sees in the preview. Nothing can tell it from a real picture, so it is taken.
  accepted('jpeg-flipped-in-scan', '翻转-JPEG数据.jpg', flip(photo, JPEG_SOS_AT + 10 + 100), false);

  // PNG: a header that lies or is broken.
  const body = png.subarray(PNG_IDAT_AT);
  refused(
    'png-100000-by-100000',
    '十万像素.png',
    concat(PNG_SIGNATURE, ihdr(100_000, 100_000), body),
    'too-many-pixels',
  );
  refused('png-one-row-too-wide', '太宽.png', concat(PNG_SIGNATURE, ihdr(12_001, 1), body), 'too-many-pixels');
  refused('png-0-by-0', '零像素.png', concat(PNG_SIGNATURE, ihdr(0, 0), body), 'broken-image');
  refused('png-0-by-100', '零宽.png', concat(PNG_SIGNATURE, ihdr(0, 100), body), 'broken-image');
  refused(
    'png-ihdr-too-short',
    'IHDR太短.png',
    concat(PNG_SIGNATURE, pngChunk('IHDR', [...u32be(40), ...u32be(28), 8, 2]), body),
    'broken-image',
  );
  refused('png-no-ihdr', '没有IHDR.png', concat(PNG_SIGNATURE, body), 'broken-image');
  refused('png-bad-colour-type', '颜色类型错.png', concat(PNG_SIGNATURE, ihdr(40, 28, 9), body), 'broken-image');
  refused(
    'png-idat-not-zlib',
    '图像数据不是zlib.png',
    concat(PNG_SIGNATURE, ihdr(40, 28), pngChunk('IDAT', randomBytes(130, 500)), pngChunk('IEND', [])),
    'broken-image',
  );
  refused(
    'png-idat-too-short',
    '图像数据太少.png',
    concat(PNG_SIGNATURE, ihdr(400, 280), pngChunk('IDAT', zlibStored(new Uint8Array(100))), pngChunk('IEND', [])),
    'broken-image',
  );

  // JPEG: a frame that lies, or none.
  refused('jpeg-65535-square', '超大JPEG.jpg', planJpeg(40, 24, { width: 65_535, height: 65_535 }), 'too-many-pixels');
  refused('jpeg-0-by-0', '零像素.jpg', planJpeg(40, 24, { width: 0, height: 0 }), 'broken-image');
  refused('jpeg-no-frame', '没有帧.jpg', concat(jpeg.subarray(0, 2 + 69), jpeg.subarray(2 + 69 + 13)), 'broken-image');
  refused('jpeg-only-markers', '只有标记.jpg', Uint8Array.of(0xff, 0xd8, 0xff, 0xd9), 'broken-image');
}
