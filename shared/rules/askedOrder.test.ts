import { describe, expect, it } from 'vitest';
import { buildDemoSite } from '../demo/buildDemoSite';
import type { Checkpoint } from '../domain';
import { askedOrder } from './askedOrder';

const HOUR = 3_600_000;
const now = Date.UTC(2026, 10, 28, 2);

/** The demo's route and its 8 checkpoints, as seeded. */
function demoRoute() {
  const site = buildDemoSite({ now, language: 'zh-CN' });
  const route = site.patrolRoutes[0];
  if (!route) throw new Error('the demo has a route');
  return { route, checkpoints: site.checkpoints.filter((c) => c.routeId === route.id) };
}
const names = (asked: { name: string }[]) => asked.map((c) => c.name);

describe('askedOrder', () => {
  it('asks the same round the same shuffled order every time', () => {
    const { route, checkpoints } = demoRoute();
    const round = { routeId: route.id, dueAt: now - HOUR };
    expect(askedOrder(checkpoints, 'shuffled', round)).toEqual(
      askedOrder([...checkpoints].reverse(), 'shuffled', round),
    );
  });

  it('shuffles two consecutive rounds of the demo route differently, each all 8 checkpoints once', () => {
    const { route, checkpoints } = demoRoute();
    expect(checkpoints).toHaveLength(8);
    const first = askedOrder(checkpoints, 'shuffled', { routeId: route.id, dueAt: now - HOUR });
    const second = askedOrder(checkpoints, 'shuffled', { routeId: route.id, dueAt: now });
    expect(names(first)).not.toEqual(names(second));
    expect(names(first).sort()).toEqual(checkpoints.map((c) => c.name).sort());
    expect(names(second).sort()).toEqual(checkpoints.map((c) => c.name).sort());
  });

  it('keeps the route order for a fixed or any-order route, leaving out checkpoints taken off', () => {
    const { route, checkpoints } = demoRoute();
    const taken: Checkpoint[] = checkpoints.map((c) => (c.order === 2 || c.order === 8 ? { ...c, active: false } : c));
    const inOrder = [...taken].sort((a, b) => a.order - b.order).filter((c) => c.active);
    for (const order of ['fixed', 'any'] as const) {
      const asked = askedOrder([...taken].reverse(), order, { routeId: route.id, dueAt: now });
      expect(asked).toEqual(inOrder.map(({ id, name, checks }) => ({ id, name, checks })));
      expect(names(asked)).toEqual(['西墙北段', '北墙中段', '东北角', '侧门外', '东南角（沿街）', '沿街门洞3–4之间']);
    }
    const shuffled = askedOrder(taken, 'shuffled', { routeId: route.id, dueAt: now });
    expect(names(shuffled).sort()).toEqual(names(inOrder).sort());
    expect(shuffled).toHaveLength(6);
  });

  it('asks nothing of a route with no checkpoints on it', () => {
    expect(askedOrder([], 'shuffled', { routeId: 'r1', dueAt: now })).toEqual([]);
  });
});
