import { describe, expect, it } from 'vitest';
import { stepThroughWorks } from './workOrder';

const works = [
  { id: 'w3', name: '西侧围墙' },
  { id: 'w1', name: '北侧护栏' },
  { id: 'w2', name: '东侧围网' },
  { id: 'w4', name: '' },
];
const nameOf = (w: { name: string }) => w.name || '摄像头';

describe('stepThroughWorks', () => {
  it('goes through the works by name (pinyin), unnamed ones by their kind, and round again', () => {
    const seen: string[] = [];
    let at: string | null = null;
    for (let i = 0; i < 5; i++) {
      at = stepThroughWorks(works, at, 1, nameOf)?.id ?? null;
      seen.push(at ?? '');
    }
    // 北 bei, 东 dong, 摄 she, 西 xi, then round to 北.
    expect(seen).toEqual(['w1', 'w2', 'w4', 'w3', 'w1']);
  });

  it('steps back from the selected one, or starts from the last', () => {
    expect(stepThroughWorks(works, null, -1, nameOf)?.id).toBe('w3');
    expect(stepThroughWorks(works, 'w2', -1, nameOf)?.id).toBe('w1');
    expect(stepThroughWorks(works, 'w1', -1, nameOf)?.id).toBe('w3');
  });

  it('starts from the first when the selected one is gone, and gives nothing when there are none', () => {
    expect(stepThroughWorks(works, 'deleted', 1, nameOf)?.id).toBe('w1');
    expect(stepThroughWorks([], null, 1, nameOf)).toBeNull();
  });
});
