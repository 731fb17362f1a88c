import { describe, expect, it } from 'vitest';
import {
  metresPerUnit,
  onPlan,
  outsideCompound,
  planBlocks,
  planCheckpoints,
  planEntrances,
  planHeight,
  planPosts,
  planWidth,
  planWorks,
  xiangzhangyuanPlanSvg,
} from './xiangzhangyuanPlan';

/** Checks that every tag is closed in order; returns the root element's name. */
function checkWellFormed(xml: string): string {
  const stack: string[] = [];
  let root = '';
  for (const m of xml.matchAll(/<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g)) {
    const [, closing, name = '', , selfClosing] = m;
    if (closing) expect(stack.pop()).toBe(name);
    else {
      if (!root) root = name;
      else expect(stack.length).toBeGreaterThan(0);
      if (!selfClosing) stack.push(name);
    }
  }
  expect(stack).toEqual([]);
  // Nothing that looks like a tag was skipped by the pattern above.
  const tags = xml.match(/</g)?.length ?? 0;
  const matched = [...xml.matchAll(/<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g)].length;
  expect(matched).toBe(tags);
  return root;
}

describe('the Xiangzhangyuan plan', () => {
  const svg = xiangzhangyuanPlanSvg;

  it('is a well-formed standalone SVG in plan units', () => {
    expect(checkWellFormed(svg)).toBe('svg');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain(`viewBox="0 0 ${planWidth} ${planHeight}"`);
    expect(svg).toContain(`width="${planWidth}" height="${planHeight}"`);
    expect(planWidth * metresPerUnit).toBe(250);
  });

  it('is safe to inline: no script, no handlers, no external references, generic font only', () => {
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toMatch(/\son\w+=/i);
    expect(svg).not.toMatch(/href="http/i);
    expect(svg).not.toMatch(/<image|<foreignObject|url\((?!#)/i);
    for (const m of svg.matchAll(/font-family="([^"]*)"/g)) expect(m[1]).toBe('sans-serif');
  });

  it('needs no translation: its only text is digits and the scale unit', () => {
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(texts.length).toBeGreaterThanOrEqual(planBlocks.length);
    for (const t of texts) expect(t).toMatch(/^[0-9]+( m)?$/);
    for (const b of planBlocks) expect(texts).toContain(String(b.number));
  });

  it('draws 10–14 numbered residential blocks inside the wall', () => {
    expect(planBlocks.length).toBeGreaterThanOrEqual(10);
    expect(planBlocks.length).toBeLessThanOrEqual(14);
    expect(planBlocks.map((b) => b.number)).toEqual(planBlocks.map((_, i) => i + 1));
    for (const b of planBlocks) {
      expect(outsideCompound({ x: b.x, y: b.y })).toBe(false);
      expect(outsideCompound({ x: b.x + b.width, y: b.y + b.height })).toBe(false);
    }
  });

  it('puts six entrances on the boundary and every post and checkpoint on the plan', () => {
    expect(planEntrances.map((e) => e.number).sort()).toEqual([1, 2, 3, 4, 5, 6]);
    for (const e of planEntrances) {
      expect(onPlan(e.at)).toBe(true);
      expect(outsideCompound(e.at)).toBe(false); // on the line, not beyond it
      expect(outsideCompound(planPosts[e.key])).toBe(true);
    }
    expect(planCheckpoints).toHaveLength(8);
    for (const c of planCheckpoints) {
      expect(onPlan(c)).toBe(true);
      expect(outsideCompound(c)).toBe(true);
    }
  });

  it('orders the checkpoints clockwise around the compound', () => {
    const cx = planWidth / 2;
    const cy = 320;
    // Screen coordinates (y down): clockwise on screen is increasing atan2 angle.
    const angles = planCheckpoints.map((c) => Math.atan2(c.y - cy, c.x - cx));
    const steps = angles.map((a, i) => {
      const next = angles[(i + 1) % angles.length] ?? a;
      return (next - a + 2 * Math.PI) % (2 * Math.PI);
    });
    for (const s of steps) expect(s).toBeGreaterThan(0);
    expect(steps.reduce((a, b) => a + b, 0)).toBeCloseTo(2 * Math.PI, 6);
  });

  it('has every perimeter work on the plan', () => {
    const points = [
      ...planWorks.wall,
      ...planWorks.doorwayTape.flat(),
      ...planWorks.doorwayRails.flat(),
      ...planWorks.eastNetting,
      planWorks.sideGateCamera,
      ...planWorks.streetLights,
    ];
    for (const p of points) expect(onPlan(p)).toBe(true);
    expect(planWorks.doorwayTape).toHaveLength(4);
    expect(planWorks.doorwayRails).toHaveLength(4);
  });
});
