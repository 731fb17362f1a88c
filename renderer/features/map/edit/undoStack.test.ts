import { beforeEach, describe, expect, it } from 'vitest';
import type { UndoEdit } from './workCommands';
import { popUndo, pushUndo } from './undoStack';

/** The stack lives in the module: empty it so each test starts afresh. */
beforeEach(() => {
  while (popUndo()) {
    // drain
  }
});

const move = (n: number): UndoEdit => ({ kind: 'move', table: 'posts', id: `p${n}`, to: { x: n, y: n } });

function drain(): UndoEdit[] {
  const out: UndoEdit[] = [];
  for (let edit = popUndo(); edit; edit = popUndo()) out.push(edit);
  return out;
}

describe('the undo stack', () => {
  it('has nothing to undo when empty', () => {
    expect(popUndo()).toBeUndefined();
    expect(popUndo()).toBeUndefined();
  });

  it('gives edits back newest first, each once, unchanged', () => {
    const a: UndoEdit = {
      kind: 'geometry',
      id: 'w1',
      geometry: {
        type: 'line',
        points: [
          { x: 0, y: 0 },
          { x: 1, y: 1 },
        ],
      },
    };
    const b: UndoEdit = { kind: 'delete', id: 'w2' };
    const c: UndoEdit = { kind: 'unplace', table: 'entrances', id: 'e3' };
    pushUndo(a);
    pushUndo(b);
    expect(popUndo()).toBe(b);
    pushUndo(c);
    expect(popUndo()).toBe(c);
    expect(popUndo()).toBe(a);
    expect(popUndo()).toBeUndefined();
  });

  it('keeps all of the last 100 edits', () => {
    for (let n = 1; n <= 100; n++) pushUndo(move(n));
    const popped = drain();
    expect(popped).toHaveLength(100);
    expect(popped[0]).toEqual(move(100));
    expect(popped[99]).toEqual(move(1));
  });

  it('drops the oldest edits beyond 100', () => {
    for (let n = 1; n <= 103; n++) pushUndo(move(n));
    const popped = drain();
    expect(popped).toHaveLength(100);
    expect(popped.map((e) => (e.kind === 'move' ? e.id : ''))).toEqual(
      Array.from({ length: 100 }, (_, i) => `p${103 - i}`),
    );
  });

  it('makes room again after undoing, without losing what is below', () => {
    for (let n = 1; n <= 100; n++) pushUndo(move(n));
    expect(popUndo()).toEqual(move(100));
    pushUndo(move(200));
    const popped = drain();
    expect(popped).toHaveLength(100);
    expect(popped[0]).toEqual(move(200));
    expect(popped[1]).toEqual(move(99));
    expect(popped[99]).toEqual(move(1));
  });
});
