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
  it('drops an xml-stylesheet processing instruction, which would fetch its CSS', () => {
    const out = clean(
      plan(
        '<rect width="10" height="10"/><?xml-stylesheet href="http://example.invalid/inner.css"?>',
        '<?xml version="1.0"?>\n<?xml-stylesheet type="text/css" href="http://example.invalid/plan.css"?>\n',
      ),
    );
    expect(out.svg).not.toMatch(/xml-stylesheet|example\.invalid/);
    expect(out.removed).toContain('external-styles');
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
    expect(out.removed).toContain('scripts');
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
      expect(out.removed, css).toContain('external-styles');
      expect(out.count('rect'), css).toBe(1);
    }
  });

  it('drops style and presentation attributes with a url() outside the picture, keeping the shape', () => {
    for (const attribute of [
      'fill="url(http://example.invalid/p.svg#x)"',
      `stroke="url( 'https://example.invalid/p.svg#x' )"`,
      'fill="u\\72l(http://example.invalid/p.svg#x)"',
      'filter="url(/**/#blur)"',
      'style="fill: url(http://example.invalid/p.svg#x)"',
      `style="background-image: image-set('http://example.invalid/x.png' 1x)"`,
      'mask="url(data:image/svg+xml,%3Csvg/%3E)"',
    ]) {
      const out = clean(plan(`<rect width="5" height="5" ${attribute}/>`));
      expect(out.svg, attribute).not.toMatch(/example\.invalid|data:|\/\*\*\//);
      expect(out.removed.length, attribute).toBeGreaterThan(0);
      expect(out.count('rect[width="5"]'), attribute).toBe(1);
    }
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
    expect(out.removed).toContain('external-links');
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
    expect(out.removed).toEqual(expect.arrayContaining(['scripts', 'event-handlers', 'embedded-content']));
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
