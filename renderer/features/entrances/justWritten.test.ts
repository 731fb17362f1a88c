import { describe, expect, it } from 'vitest';
import type { Entrance } from '../../../shared/domain';
import { noteWritten, withWritten } from './justWritten';

const door = (id: string, state: Entrance['state']): Entrance => ({
  id,
  siteId: 's1',
  number: 3,
  name: '沿街门洞3',
  kind: 'street-doorway',
  state,
  position: { x: 1, y: 2 },
  note: '',
});

describe('a change just saved in this window', () => {
  it('shows over the live rows until the live query has it, then goes', () => {
    const sealed = door('d3', 'sealed');
    const open = door('d3', 'controlled-open');
    const other = door('d4', 'sealed');
    noteWritten(sealed, open);
    // The live query has not caught up: the saved row is shown.
    expect(withWritten([sealed, other])).toEqual([open, other]);
    // Caught up: the live row is shown, and the note is gone.
    expect(withWritten([open, other])).toEqual([open, other]);
    expect(withWritten([sealed, other])).toEqual([sealed, other]);
  });

  it('gives way to a newer change from elsewhere', () => {
    const sealed = door('d5', 'sealed');
    noteWritten(sealed, door('d5', 'controlled-open'));
    const closedElsewhere = door('d5', 'closed');
    expect(withWritten([closedElsewhere])).toEqual([closedElsewhere]);
    expect(withWritten([sealed])).toEqual([sealed]);
  });
});
