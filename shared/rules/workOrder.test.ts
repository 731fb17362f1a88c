import { describe, expect, it } from 'vitest';
import { orderWorks, stepThroughWorks } from './workOrder';

const works = [
  { id: 'w3', name: '西侧围墙' },
  { id: 'w1', name: '北侧护栏' },
  { id: 'w2', name: '东侧围网' },
  { id: 'w4', name: '' },
];
const nameOf = (w: { name: string }) => w.name || '摄像头';

describe('orderWorks', () => {
  it('orders the works by name (pinyin), unnamed ones by their kind', () => {
    // 北 bei, 东 dong, 摄 she, 西 xi.
    expect(orderWorks(works, nameOf).map((w) => w.id)).toEqual(['w1', 'w2', 'w4', 'w3']);
  });

  it('orders works of the same name by id, whichever order they come in', () => {
    const gate = (id: string) => ({ id, name: '大门' });
    expect(orderWorks([gate('b'), gate('a'), gate('c')], nameOf).map((w) => w.id)).toEqual(['a', 'b', 'c']);
    expect(orderWorks([gate('c'), gate('b'), gate('a')], nameOf).map((w) => w.id)).toEqual(['a', 'b', 'c']);
    expect(orderWorks([gate('a'), gate('c'), gate('b')], nameOf).map((w) => w.id)).toEqual(['a', 'b', 'c']);
  });

  it('works out each name once', () => {
    let calls = 0;
    const counted = (w: { name: string }) => {
      calls++;
      return nameOf(w);
    };
    orderWorks(works, counted);
    expect(calls).toBe(4);
  });
});

describe('stepThroughWorks', () => {
  it('goes through the works in order, and round again', () => {
    const ordered = orderWorks(works, nameOf);
    const seen: string[] = [];
    let at: string | null = null;
    for (let i = 0; i < 5; i++) {
      at = stepThroughWorks(ordered, at, 1)?.id ?? null;
      seen.push(at ?? '');
    }
    expect(seen).toEqual(['w1', 'w2', 'w4', 'w3', 'w1']);
  });

  it('steps back from the selected one, or starts from the last', () => {
    const ordered = orderWorks(works, nameOf);
    expect(stepThroughWorks(ordered, null, -1)?.id).toBe('w3');
    expect(stepThroughWorks(ordered, 'w2', -1)?.id).toBe('w1');
    expect(stepThroughWorks(ordered, 'w1', -1)?.id).toBe('w3');
  });

  it('starts from the first when the selected one is gone, and gives nothing when there are none', () => {
    const ordered = orderWorks(works, nameOf);
    expect(stepThroughWorks(ordered, 'deleted', 1)?.id).toBe('w1');
    expect(stepThroughWorks(ordered, 'deleted', -1)?.id).toBe('w3');
    for (const direction of [1, -1] as const) {
      expect(stepThroughWorks([], null, direction)).toBeNull();
      expect(stepThroughWorks([], 'w1', direction)).toBeNull();
    }
  });
});
