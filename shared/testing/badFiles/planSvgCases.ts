import { concat, utf8 } from './bytes';
import { frame, open, SVG_NS, svg, type PlanCollector } from './planKit';
import { RAN_FLAG } from './types';

/**
 * SVG plans cut short, holding what runs or reaches outside (taken out, the picture
 * kept), entities that expand or read files, or no XML, no size, too large a size.
 */
export function addSvgCases({ refused, accepted }: PlanCollector): void {
  // A whole SVG cut short.
  const svgText = svg('');
  refused('svg-cut-in-tag', '截断-标签.svg', utf8(svgText.slice(0, 30)), 'broken-svg');
  refused('svg-cut-in-body', '截断-中间.svg', utf8(svgText.slice(0, Math.floor(svgText.length / 2))), 'broken-svg');
  refused('svg-cut-before-end', '截断-结尾.svg', utf8(svgText.slice(0, -6)), 'broken-svg');

  // SVG: active or outside content, taken out; the picture is kept.
  const ran = (how: string) => `window.${RAN_FLAG}='${how}'`;
  accepted('svg-script', '脚本.svg', utf8(svg(`<script>${ran('script')}</script>`)), true);
  accepted('svg-onload', '加载事件.svg', utf8(svg('', ` onload="${ran('onload')}"`)), true);
  accepted(
    'svg-external-image',
    '外部图片.svg',
    utf8(svg('<image href="http://example.invalid/x.png" width="10" height="10"/>')),
    true,
  );
  accepted(
    'svg-file-image',
    '本地图片.svg',
    utf8(svg('<image xlink:href="file:///etc/passwd" width="10" height="10"/>')),
    true,
  );
  accepted(
    'svg-javascript-link',
    '脚本链接.svg',
    utf8(svg(`<a xlink:href="javascript:${ran('link')}"><text y="50">x</text></a>`)),
    true,
  );
  accepted(
    'svg-foreign-object',
    '嵌入网页.svg',
    utf8(
      svg(
        `<foreignObject width="100" height="100"><iframe xmlns="http://www.w3.org/1999/xhtml" src="javascript:${ran('iframe')}"></iframe></foreignObject>`,
      ),
    ),
    true,
  );
  accepted(
    'svg-style-import',
    '样式导入.svg',
    utf8(svg('<style>@import url(http://example.invalid/a.css); rect { fill: red }</style>')),
    true,
  );
  accepted(
    'svg-xml-stylesheet',
    '外部样式表.svg',
    utf8(svg('', '', '<?xml-stylesheet type="text/css" href="http://example.invalid/plan.css"?>\n')),
    true,
  );
  accepted('svg-use-external', '外部引用.svg', utf8(svg('<use href="http://example.invalid/sprite.svg#x"/>')), true);
  accepted(
    'svg-animate-to-javascript',
    '动画改链接.svg',
    utf8(svg(`<a><set attributeName="href" to="javascript:${ran('set')}"/><text y="80">y</text></a>`)),
    true,
  );

  // SVG: entity expansion, outside entities; and entities as Illustrator writes them, which are harmless.
  const laughs = ['<!ENTITY l0 "lol">'];
  for (let i = 1; i <= 9; i++) laughs.push(`<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`);
  refused(
    'svg-billion-laughs',
    '实体炸弹.svg',
    utf8(svg('<text y="90">&l9;</text>', '', `<?xml version="1.0"?>\n<!DOCTYPE svg [${laughs.join('')}]>\n`)),
    'unsafe-svg',
  );
  refused(
    'svg-quadratic-blowup',
    '实体放大.svg',
    utf8(
      svg(
        `<text y="90">${'&big;'.repeat(2_000)}</text>`,
        '',
        `<!DOCTYPE svg [<!ENTITY big "${'x'.repeat(2_000)}">]>\n`,
      ),
    ),
    'unsafe-svg',
  );
  refused(
    'svg-external-entity',
    '外部实体.svg',
    utf8(svg('<text y="90">&xxe;</text>', '', '<!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n')),
    'unsafe-svg',
  );
  accepted(
    'svg-illustrator-entities',
    '设计院导出.svg',
    utf8(
      svg(
        '<x:foo xmlns:x="&ns_extend;"/>',
        ' xmlns:i="&ns_ai;"',
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [\n' +
          '\t<!ENTITY ns_extend "http://ns.adobe.com/Extensibility/1.0/">\n\t<!ENTITY ns_ai "http://ns.adobe.com/AdobeIllustrator/10.0/">\n]>\n',
      ),
    ),
    false,
  );

  // SVG: not XML, no size, too big.
  refused(
    'svg-not-xml',
    '不是XML.svg',
    utf8(`<svg xmlns=${SVG_NS} viewBox=0,0,10,10><rect width=10 height=10></svg>`),
    'broken-svg',
  );
  refused('svg-unclosed', '未闭合.svg', utf8(`${open()}<rect width="10" height="10"></svg`), 'broken-svg');
  refused('svg-html-entity', 'HTML实体.svg', utf8(svg('<text y="90">A&nbsp;B</text>')), 'broken-svg');
  refused(
    'svg-no-namespace',
    '没有命名空间.svg',
    utf8('<svg viewBox="0 0 1000 700"><rect width="10" height="10"/></svg>'),
    'broken-svg',
  );
  refused('svg-with-nul', '空字节.svg', concat(utf8(open()), [0], utf8('</svg>')), 'broken-svg');
  refused('svg-no-size', '没有尺寸.svg', utf8(`<svg xmlns="${SVG_NS}">${frame('x')}</svg>`), 'no-size');
  refused(
    'svg-zero-size',
    '零尺寸.svg',
    utf8(`<svg xmlns="${SVG_NS}" viewBox="0 0 0 0" width="0" height="0"/>`),
    'no-size',
  );
  refused('svg-negative-size', '负尺寸.svg', utf8(`<svg xmlns="${SVG_NS}" viewBox="0 0 -10 -10"/>`), 'no-size');
  refused(
    'svg-too-many-units',
    '尺寸太大.svg',
    utf8(`<svg xmlns="${SVG_NS}" viewBox="0 0 100000 100000">${frame('x')}</svg>`),
    'too-many-pixels',
  );
}
