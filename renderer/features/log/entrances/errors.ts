import { RefusedError } from '../../../db/errors';

/** The trip out named has its way back already: one trip has one way back. */
export class AlreadyPairedError extends RefusedError {
  constructor(readonly id: string) {
    super('log.refused.alreadyPaired', {}, `crossing ${id} is already paired`);
    this.name = 'AlreadyPairedError';
  }
}

/** A trip is a way out and a way back: out with out (or in with in) is refused. */
export class PairDirectionError extends RefusedError {
  constructor(readonly direction: 'in' | 'out') {
    super('log.refused.pairDirection', { direction }, `two "${direction}" crossings cannot be paired`);
    this.name = 'PairDirectionError';
  }
}

/** The way back typed before the way out: a slip in one of the two times. */
export class PairOrderError extends RefusedError {
  constructor(when: string) {
    super('log.refused.pairOrder', { at: when }, 'way back before the way out');
    this.name = 'PairOrderError';
  }
}
