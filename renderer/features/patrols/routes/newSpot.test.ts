import { describe, expect, it } from 'vitest';
import { newCheckpointSpot } from './newSpot';

const plan = { width: 800, height: 600 };

describe('where a checkpoint added from the list goes', () => {
  it('goes in the middle of the plan when it is the route’s first', () => {
    expect(newCheckpointSpot([], plan)).toEqual({ x: 400, y: 300 });
  });
  it('goes a step past the only one, or before it at the plan’s right edge', () => {
    expect(newCheckpointSpot([{ x: 100, y: 50 }], plan)).toEqual({ x: 130, y: 50 });
    expect(newCheckpointSpot([{ x: 790, y: 50 }], plan)).toEqual({ x: 760, y: 50 });
  });
  it('goes halfway back from the last to the first', () => {
    expect(
      newCheckpointSpot(
        [
          { x: 0, y: 0 },
          { x: 500, y: 500 },
          { x: 101, y: 300 },
        ],
        plan,
      ),
    ).toEqual({ x: 50.5, y: 150 });
  });
});
