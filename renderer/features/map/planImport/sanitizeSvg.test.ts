// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { xiangzhangyuanPlanSvg } from '../../../../shared/demo/xiangzhangyuanPlan';
import { sanitizeSvg } from './sanitizeSvg';

const SVG_OPEN =
  '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 1000 700">';
const plan = (body: string, prologue = '') => `${prologue}${SVG_OPEN}${body}</svg>`;

/** Sanitises, expects a picture back, and gives its text and its parsed document to look into. */
function clean(source: string) {
  const result = sanitizeSvg(source);
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  const doc = new DOMParser().parseFromString(result.svg, 'image/svg+xml');
  return { ...result, doc, count: (selector: string) => doc.querySelectorAll(selector).length };
}

/** A plan drawn the way editors and the demo draw them: every feature an allow-list could strip by mistake. */
const cleanPlan = plan(`
  <title>香樟苑平面图</title>
  <style>.block { fill: #cdcdca; stroke: #6f6f6c } .label { font: bold 22px sans-serif }</style>
  <defs>
    <pattern id="hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <line x1="0" y1="0" x2="0" y2="8" stroke="#cfcfcc" stroke-width="2"/>
    </pattern>
    <linearGradient id="lawn" x1="0" x2="1"><stop offset="0" stop-color="#e6e9e2"/><stop offset="1" stop-color="#dde2d7"/></linearGradient>
    <marker id="arrow" markerWidth="6" markerHeight="6" refX="3" refY="3" orient="auto"><path d="M0,0 L6,3 L0,6 z"/></marker>
    <clipPath id="inside"><rect x="70" y="60" width="850" height="470"/></clipPath>
    <g id="tree"><circle r="7" fill="#d3d8cd" stroke="#a7ae9f"/></g>
  </defs>
  <rect width="1000" height="700" fill="url(#lawn)"/>
  <rect x="62" y="0" width="938" height="14" fill="url(#hatch)" style="stroke: #d0d0cd; stroke-width: 1"/>
  <g clip-path="url(#inside)">
    <rect class="block" x="120" y="110" width="160" height="60"/>
    <text class="label" x="200" y="148" text-anchor="middle">3号楼</text>
  </g>
  <path d="M 70 600 H 900" stroke="#474747" stroke-width="3" marker-end="url(#arrow)"/>
  <use href="#tree" x="140" y="190"/>
  <use xlink:href="#tree" x="181" y="190"/>
  <a href="#tree"><text x="10" y="690" font-size="11">0 25 50 m</text></a>
`);

describe('sanitizeSvg keeps a clean plan as drawn', () => {
  it('keeps its shapes, text, pattern, gradient, marker, clip path, styles and local references, and reports nothing', () => {
    const out = clean(cleanPlan);
    expect(out.removed).toEqual([]);
    expect(out.count('rect')).toBe(4);
    expect(out.doc.querySelector('text.label')?.textContent).toBe('3号楼');
    expect(out.doc.querySelector('title')?.textContent).toBe('香樟苑平面图');
    expect(out.doc.querySelector('style')?.textContent).toContain('.block { fill: #cdcdca');
    expect(out.doc.querySelector('pattern#hatch')?.getAttribute('patternTransform')).toBe('rotate(45)');
    expect(out.count('linearGradient#lawn stop')).toBe(2);
    expect(out.doc.querySelector('marker#arrow')?.getAttribute('refX')).toBe('3');
    expect(out.doc.querySelector('path[marker-end]')?.getAttribute('marker-end')).toBe('url(#arrow)');
    expect(out.doc.querySelector('g[clip-path]')?.getAttribute('clip-path')).toBe('url(#inside)');
    expect(out.doc.querySelector('rect[style]')?.getAttribute('style')).toBe('stroke: #d0d0cd; stroke-width: 1');
    const uses = [...out.doc.querySelectorAll('use')].map(
      (u) => u.getAttribute('href') ?? u.getAttributeNS('http://www.w3.org/1999/xlink', 'href'),
    );
    expect(uses).toEqual(['#tree', '#tree']);
    expect(out.doc.querySelector('a')?.getAttribute('href')).toBe('#tree');
  });

  it('gives back the demo plan unchanged', () => {
    const out = clean(xiangzhangyuanPlanSvg);
    const original = new XMLSerializer().serializeToString(
      new DOMParser().parseFromString(xiangzhangyuanPlanSvg, 'image/svg+xml'),
    );
    expect(out.removed).toEqual([]);
    expect(out.svg).toBe(original);
    expect(out).toMatchObject({ width: 1000, height: 700 });
  });

  it('keeps the text of a style written as CDATA, as CAD exports write it', () => {
    const out = clean(plan('<style><![CDATA[ g > .wall { stroke: #474747 } ]]></style><rect class="wall"/>'));
    expect(out.removed).toEqual([]);
    expect(out.doc.querySelector('style')?.textContent?.trim()).toBe('g > .wall { stroke: #474747 }');
  });

  it('keeps the size contract: viewBox first, else width and height, written out fixed', () => {
    expect(clean(plan('<rect width="5" height="5"/>'))).toMatchObject({ width: 1000, height: 700 });
    const sized = clean('<svg xmlns="http://www.w3.org/2000/svg" width="800px" height="600"><rect/></svg>');
    expect(sized).toMatchObject({ width: 800, height: 600 });
    expect(sized.doc.documentElement.getAttribute('viewBox')).toBe('0 0 800 600');
    expect(sized.doc.documentElement.getAttribute('width')).toBe('800');
  });

  it('keeps filters, and ids named like a page global', () => {
    const out = clean(
      plan('<filter id="title"><feGaussianBlur stdDeviation="2"/></filter><rect width="5" filter="url(#title)"/>'),
    );
    expect(out.svg).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 1000 700" width="1000" height="700">' +
        '<filter id="title"><feGaussianBlur stdDeviation="2"/></filter><rect width="5" filter="url(#title)"/></svg>',
    );
    expect(out.removed).toEqual([]);
  });

  it.each([
    {
      name: 'a viewBox with runs of spaces and commas',
      root: 'viewBox="0  0,  1000 ,700"',
      size: { width: 1000, height: 700 },
    },
    {
      name: 'a viewBox not at the origin, kept as is',
      root: 'viewBox="10 20 1000 700"',
      size: { width: 1000, height: 700 },
    },
    {
      name: 'width and height when the viewBox has no width',
      root: 'viewBox="0 0 0 700" width="40" height="30"',
      size: { width: 40, height: 30 },
    },
    {
      name: 'width and height when the viewBox has no height',
      root: 'viewBox="0 0 1000 0" width="40" height="30"',
      size: { width: 40, height: 30 },
    },
    {
      name: 'width and height when the viewBox has three numbers',
      root: 'viewBox="0 0 1000" width="40" height="30"',
      size: { width: 40, height: 30 },
    },
    {
      name: 'width and height with spaces and px',
      root: 'width=" 12.5 " height="30 px "',
      size: { width: 12.5, height: 30 },
    },
  ])('takes its size from $name', ({ root, size }) => {
    const out = clean(`<svg xmlns="http://www.w3.org/2000/svg" ${root}><rect/></svg>`);
    expect({ width: out.width, height: out.height }).toEqual(size);
    expect(out.doc.documentElement.getAttribute('width')).toBe(String(size.width));
    expect(out.doc.documentElement.getAttribute('height')).toBe(String(size.height));
  });

  it('keeps a viewBox it was given and writes one only when there is none', () => {
    expect(clean(plan('<rect/>')).doc.documentElement.getAttribute('viewBox')).toBe('0 0 1000 700');
    const shifted = clean('<svg xmlns="http://www.w3.org/2000/svg" viewBox="10 20 1000 700"><rect/></svg>');
    expect(shifted.doc.documentElement.getAttribute('viewBox')).toBe('10 20 1000 700');
    const sized = clean('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect/></svg>');
    expect(sized.doc.documentElement.getAttribute('viewBox')).toBe('0 0 40 30');
  });

  it.each([
    'width="0" height="600"',
    'width="800" height="0"',
    'width="+800" height="600"',
    'width="800" height="-600"',
    'width="12em" height="600"',
    'width="800" height="600pt"',
    'width="800"',
    'viewBox="0 0 -10 10"',
  ])('refuses an SVG sized %s, with no-size', (root) => {
    expect(sanitizeSvg(`<svg xmlns="http://www.w3.org/2000/svg" ${root}><rect/></svg>`)).toEqual({
      ok: false,
      reason: 'no-size',
    });
  });

  it.each([
    {
      name: 'an <svg> outside the SVG namespace',
      source: '<svg xmlns="http://www.w3.org/1999/xhtml" viewBox="0 0 10 10"/>',
    },
    { name: 'an SVG whose root is not <svg>', source: '<g xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"/>' },
    // XML names are case-sensitive: no browser draws an <SVG>, though DOMPurify reads it as <svg>.
    { name: 'an <SVG> root in capitals', source: '<SVG xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"/>' },
    // Chromium keeps the root of a file it could not parse and puts a <parsererror> inside it.
    { name: 'a file with a <parsererror> inside', source: plan('<parsererror/><rect width="5"/>') },
    // DOMPurify will not clean a root it does not know by name in place, and throws.
    {
      name: 'an <svg> root with a prefix',
      source: '<s:svg xmlns:s="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><s:rect/></s:svg>',
    },
  ])('refuses $name as broken-svg', ({ source }) => {
    expect(sanitizeSvg(source)).toEqual({ ok: false, reason: 'broken-svg' });
  });

  it('refuses broken XML, a document that is not SVG, and an SVG without a size', () => {
    expect(sanitizeSvg('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect></svg')).toEqual({
      ok: false,
      reason: 'broken-svg',
    });
    expect(sanitizeSvg('<html xmlns="http://www.w3.org/1999/xhtml"/>')).toEqual({ ok: false, reason: 'broken-svg' });
    expect(sanitizeSvg('<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>')).toEqual({
      ok: false,
      reason: 'no-size',
    });
  });
});

describe('sanitizeSvg takes out what runs or reaches outside, and says so', () => {
  /** The root as it comes out of a plan(): its viewBox kept, its size written out. */
  const OUT_OPEN =
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 1000 700" width="1000" height="700">';

  // Each hostile piece beside a harmless one: the output is the whole file, so it shows both
  // what went and that the rest stayed; `removed` is what the import dialog lists.
  it.each([
    {
      name: '<style> with @import',
      source: plan(
        '<style>@import url(http://example.invalid/a.css); .a { fill: red }</style><rect class="a" width="5"/>',
      ),
      svg: '<rect class="a" width="5"/>',
      removed: ['external-styles'],
    },
    {
      name: 'url(http…) in a style attribute',
      source: plan(
        '<rect width="5" style="fill: url(http://example.invalid/p.svg#x)"/><rect width="6" style="stroke: red"/>',
      ),
      svg: '<rect width="5"/><rect width="6" style="stroke: red"/>',
      removed: ['external-styles'],
    },
    {
      name: 'url(http…) in fill',
      source: plan('<rect width="5" fill="url(http://example.invalid/p.svg#x)"/><rect width="6" fill="url(#lawn)"/>'),
      svg: '<rect width="5"/><rect width="6" fill="url(#lawn)"/>',
      removed: ['external-links'],
    },
    {
      name: 'url(http…) in an attribute SVG does not know',
      source: plan('<rect width="5" data-pattern="url(http://example.invalid/p.svg#x)"/>'),
      svg: '<rect width="5"/>',
      removed: ['external-links'],
    },
    {
      name: 'external <use href>',
      source: plan('<use href="http://example.invalid/sprite.svg#tree" x="3"/><use href="#tree" x="4"/>'),
      svg: '<use x="3"/><use href="#tree" x="4"/>',
      removed: ['external-links'],
    },
    {
      name: 'external xlink:href',
      source: plan('<use xlink:href="http://example.invalid/sprite.svg#tree" x="3"/><use xlink:href="#tree" x="4"/>'),
      svg: '<use x="3"/><use xlink:href="#tree" x="4"/>',
      removed: ['external-links'],
    },
    {
      name: '<animate> on href',
      source: plan(
        '<a href="#t"><animate attributeName="href" values="javascript:alert(1)" dur="1s"/><text>t</text></a>',
      ),
      svg: '<a href="#t"><text>t</text></a>',
      removed: ['scripts'],
    },
    {
      name: '<set> on href',
      source: plan('<a href="#t"><set attributeName="href" to="javascript:alert(1)"/><text>t</text></a>'),
      svg: '<a href="#t"><text>t</text></a>',
      removed: ['scripts'],
    },
    {
      name: '<?xml-stylesheet?> before the root',
      source: plan('<rect width="5"/>', '<?xml-stylesheet type="text/css" href="http://example.invalid/plan.css"?>'),
      svg: '<rect width="5"/>',
      removed: ['external-styles'],
    },
    {
      name: '<?xml-stylesheet?> inside the root',
      source: plan('<?xml-stylesheet href="http://example.invalid/plan.css"?><rect width="5"/>'),
      svg: '<rect width="5"/>',
      removed: ['external-styles'],
    },
    {
      name: '<foreignObject>',
      source: plan(
        '<foreignObject width="5" height="5"><div xmlns="http://www.w3.org/1999/xhtml">hi</div></foreignObject><rect width="5"/>',
      ),
      svg: '<rect width="5"/>',
      removed: ['embedded-content'],
    },
    {
      name: 'MathML',
      source: plan('<math xmlns="http://www.w3.org/1998/Math/MathML"><mi>x</mi></math><rect width="5"/>'),
      svg: '<rect width="5"/>',
      removed: ['embedded-content'],
    },
    {
      name: '<script>',
      source: plan('<script>alert(1)</script><rect width="5"/>'),
      svg: '<rect width="5"/>',
      removed: ['scripts'],
    },
    {
      name: 'SVG Tiny <handler>',
      source: plan('<handler type="application/ecmascript">alert(1)</handler><rect width="5"/>'),
      svg: 'alert(1)<rect width="5"/>',
      removed: ['scripts'],
    },
    {
      name: 'SVG Tiny <listener>',
      source: plan('<listener event="click" handler="#h"/><rect width="5"/>'),
      svg: '<rect width="5"/>',
      removed: ['scripts'],
    },
    {
      name: 'an XHTML <style>',
      source: plan('<style xmlns="http://www.w3.org/1999/xhtml">rect { fill: red }</style><rect width="5"/>'),
      svg: '<rect width="5"/>',
      removed: ['external-styles'],
    },
    {
      name: 'an event handler',
      source: plan('<rect width="5" onclick="alert(1)"/>'),
      svg: '<rect width="5"/>',
      removed: ['event-handlers'],
    },
    {
      name: 'javascript: in an attribute SVG does not know',
      source: plan('<rect width="5" go="javascript:alert(1)"/>'),
      svg: '<rect width="5"/>',
      removed: ['scripts'],
    },
    {
      name: 'attributeName outside an animation',
      source: plan('<rect width="5" attributeName="href"/>'),
      svg: '<rect width="5"/>',
      removed: ['scripts'],
    },
    ...['animate', 'animateColor', 'animateMotion', 'animateTransform', 'discard', 'set'].map((tag) => ({
      name: `<${tag}>`,
      source: plan(`<rect width="5"><${tag} attributeName="width" to="9"/></rect>`),
      svg: '<rect width="5"/>',
      removed: ['scripts'],
    })),
  ])('strips $name, keeps the rest, and reports it', ({ source, svg, removed }) => {
    const out = clean(source);
    expect(out.svg).toBe(`${OUT_OPEN}${svg}</svg>`);
    expect(out.removed).toEqual(removed);
  });

  it.each([
    {
      name: 'another processing instruction, before the root and inside',
      source: plan('<?editor keep?><rect width="5"/>', '<?editor version="2"?>'),
    },
    {
      name: 'the doctype and comments',
      source: plan('<!-- layer 1 --><rect width="5"/>', '<!DOCTYPE svg><!-- made by hand -->'),
    },
    {
      name: 'an attribute SVG does not know, without a url()',
      source: plan('<rect width="5" enable-background="new 0 0 5 5"/>'),
    },
  ])('drops $name without reporting it: it never draws or runs', ({ source }) => {
    const out = clean(source);
    expect(out.svg).toBe(`${OUT_OPEN}<rect width="5"/></svg>`);
    expect(out.removed).toEqual([]);
  });

  it("drops an editor's own elements and attributes without reporting them, whatever they hold", () => {
    const out = clean(
      `<svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" viewBox="0 0 10 10" inkscape:version="1.0">
<inkscape:grid href="http://example.invalid/"/><rect width="5" inkscape:href="http://example.invalid/" inkscape:label="url(http://example.invalid/)"/></svg>`,
    );
    expect(out.svg).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" width="10" height="10">\n<rect width="5"/></svg>',
    );
    expect(out.removed).toEqual([]);
  });

  it('keeps xlink attributes other than href, and reports nothing', () => {
    const out = clean(plan('<rect width="5" xlink:title="gate"/>'));
    expect(out.svg).toBe(`${OUT_OPEN}<rect width="5" xlink:title="gate"/></svg>`);
    expect(out.removed).toEqual([]);
  });

  it('reports each kind once, however often it was met', () => {
    const out = clean(
      plan(
        '<script>a()</script><rect width="5" onclick="b()" fill="url(http://example.invalid/p)"/><script>c()</script><foreignObject/>',
        '<?xml-stylesheet href="http://example.invalid/plan.css"?>',
      ),
    );
    expect(out.svg).toBe(`${OUT_OPEN}<rect width="5"/></svg>`);
    expect([...out.removed].sort()).toEqual([
      'embedded-content',
      'event-handlers',
      'external-links',
      'external-styles',
      'scripts',
    ]);
  });

  it('drops an xml-stylesheet processing instruction, which would fetch its CSS', () => {
    const out = clean(
      plan(
        '<rect width="10" height="10"/><?xml-stylesheet href="http://example.invalid/inner.css"?>',
        '<?xml version="1.0"?>\n<?xml-stylesheet type="text/css" href="http://example.invalid/plan.css"?>\n',
      ),
    );
    expect(out.svg).not.toMatch(/xml-stylesheet|example\.invalid/);
    expect(out.removed).toEqual(['external-styles']);
    expect(out.count('rect')).toBe(1);
  });

  it('drops animations that would point a link at javascript:', () => {
    const out = clean(
      plan(`<a><set attributeName="href" to="javascript:alert(1)"/>
        <animate attributeName="xlink:href" values="javascript:alert(2)" dur="1s"/>
        <animateTransform attributeName="href" type="rotate" values="javascript:alert(3)"/>
        <text x="10" y="20">click</text></a>`),
    );
    expect(out.svg).not.toMatch(/javascript:|<set|<animate/i);
    expect(out.removed).toEqual(['scripts']);
    expect(out.doc.querySelector('text')?.textContent).toBe('click');
  });

  it('drops style sheets that import or load from outside, also written with CSS escapes', () => {
    for (const css of [
      '@import url(http://example.invalid/a.css);',
      '@import "http://example.invalid/a.css";',
      '@\\69mport "http://example.invalid/a.css";',
      'rect { fill: \\75 rl(http://example.invalid/p.svg#x) }',
      'svg { background: image-set("http://example.invalid/x.png" 1x) }',
    ]) {
      const out = clean(plan(`<style>${css}</style><rect class="a" width="5" height="5"/>`));
      expect(out.svg, css).not.toContain('example.invalid');
      expect(out.removed, css).toEqual(['external-styles']);
      expect(out.count('rect'), css).toBe(1);
    }
  });

  it.each([
    ['fill="url(http://example.invalid/p.svg#x)"', 'external-links'],
    [`stroke="url( 'https://example.invalid/p.svg#x' )"`, 'external-links'],
    ['fill="u\\72l(http://example.invalid/p.svg#x)"', 'external-links'],
    ['filter="url(/**/#blur)"', 'external-links'],
    ['mask="url(data:image/svg+xml,%3Csvg/%3E)"', 'external-links'],
    ['style="fill: url(http://example.invalid/p.svg#x)"', 'external-styles'],
    [`style="background-image: image-set('http://example.invalid/x.png' 1x)"`, 'external-styles'],
  ])('drops %s, keeping the shape, and reports %s', (attribute, kind) => {
    const out = clean(plan(`<rect width="5" height="5" ${attribute}/>`));
    expect(out.svg).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 1000 700" width="1000" height="700">' +
        '<rect width="5" height="5"/></svg>',
    );
    expect(out.removed).toEqual([kind]);
  });

  it('drops links and images that point outside the picture', () => {
    const out = clean(
      plan(`<use href="http://example.invalid/sprite.svg#tree"/>
        <image href="https://example.invalid/scan.png" width="10" height="10"/>
        <image xlink:href="data:image/png;base64,iVBORw0KGgo=" width="10" height="10"/>
        <a xlink:href="javascript:alert(1)"><text>link</text></a>
        <a href=" javascript:alert(1)"><text>link</text></a>
        <feImage href="file:///etc/passwd"/>`),
    );
    expect(out.svg).not.toMatch(/example\.invalid|javascript:|data:|file:/);
    expect(out.removed).toEqual(['external-links']);
    expect(out.count('text')).toBe(2);
  });

  it('drops scripts, event handlers and embedded documents', () => {
    const out = clean(
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="alert(1)">
        <script>alert(2)</script>
        <rect width="5" height="5" onclick="alert(3)"/>
        <foreignObject width="5" height="5"><iframe xmlns="http://www.w3.org/1999/xhtml" src="javascript:alert(4)"/></foreignObject>
      </svg>`,
    );
    expect(out.svg).not.toMatch(/alert|<script|onload|onclick|foreignObject|iframe/i);
    expect([...out.removed].sort()).toEqual(['embedded-content', 'event-handlers', 'scripts']);
    expect(out.count('rect')).toBe(1);
  });

  it('drops the doctype and its entities, keeping the text they stood for', () => {
    const out = clean(
      plan(
        '<text x="1" y="1">&site;</text>',
        '<!DOCTYPE svg [<!ENTITY site "香樟苑"><!ENTITY ext SYSTEM "http://example.invalid/ext.txt">]>',
      ),
    );
    expect(out.svg).not.toMatch(/DOCTYPE|ENTITY|example\.invalid/);
    expect(out.doc.querySelector('text')?.textContent).toBe('香樟苑');
  });
});
