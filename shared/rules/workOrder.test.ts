import { describe, expect, it } from 'vitest';
import { orderWorks, stepThroughWorks } from './workOrder';

const works = [
  { id: 'w3', name: '西侧围墙' },
  { id: 'w1', name: '北侧护栏' },
  { id: 'w2', name: '东侧围网' },
  { id: 'w4', name: '' },
];
const nameOf = (w: { name: string }) => w.name || '摄像头';
const ordered = orderWorks(works, nameOf);

describe('stepThroughWorks', () => {
  it('goes through the works by name (pinyin), unnamed ones by their kind, and round again', () => {
    const seen: string[] = [];
    let at: string | null = null;
    for (let i = 0; i < 5; i++) {
      at = stepThroughWorks(ordered, at, 1)?.id ?? null;
      seen.push(at ?? '');
    }
    // 北 bei, 东 dong, 摄 she, 西 xi, then round to 北.
    expect(seen).toEqual(['w1', 'w2', 'w4', 'w3', 'w1']);
  });

  it('steps back from the selected one, or starts from the last', () => {
    expect(stepThroughWorks(ordered, null, -1)?.id).toBe('w3');
    expect(stepThroughWorks(ordered, 'w2', -1)?.id).toBe('w1');
    expect(stepThroughWorks(ordered, 'w1', -1)?.id).toBe('w3');
  });

  it('starts from the first when the selected one is gone, and gives nothing when there are none', () => {
    expect(stepThroughWorks(ordered, 'deleted', 1)?.id).toBe('w1');
    expect(stepThroughWorks(orderWorks([], nameOf), null, 1)).toBeNull();
  });
});
