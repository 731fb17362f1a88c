import { RefusedError } from '../../../db/errors';

/** Checked in already (in another window, or a second click): the first time stands until cleared. */
export class AlreadyCheckedInError extends RefusedError {
  constructor() {
    super('duty.refused.alreadyCheckedIn', {}, 'already checked in');
    this.name = 'AlreadyCheckedInError';
  }
}

/** Checking out someone who never checked in would leave a stay with no start. */
export class NotCheckedInError extends RefusedError {
  constructor() {
    super('duty.refused.notCheckedIn', {}, 'not checked in');
    this.name = 'NotCheckedInError';
  }
}

/** Checked out already, or swapped out: what is done stays until cleared. */
export class AlreadyCheckedOutError extends RefusedError {
  constructor() {
    super('duty.refused.alreadyCheckedOut', {}, 'already checked out');
    this.name = 'AlreadyCheckedOutError';
  }
}

/** A check-in cannot go while its check-out stands: the stay would end without starting. */
export class CheckedOutFirstError extends RefusedError {
  constructor() {
    super('duty.refused.clearCheckOutFirst', {}, 'clear the check-out first');
    this.name = 'CheckedOutFirstError';
  }
}

/** The check-out of a swap is the swap itself: taking it back would leave two people on one place. */
export class SwappedOutError extends RefusedError {
  constructor() {
    super('duty.refused.swappedOut', {}, 'the check-out is a swap');
    this.name = 'SwappedOutError';
  }
}

/** A time before the shift's own day is a typing slip (a wrong date or hour). */
export class BeforeShiftDayError extends RefusedError {
  constructor() {
    super('duty.refused.beforeShiftDay', {}, 'time before the shift day');
    this.name = 'BeforeShiftDayError';
  }
}

/** Nobody checks in later than now: a minute's leeway covers two clocks a little apart. */
export class InFutureError extends RefusedError {
  constructor() {
    super('duty.refused.inFuture', {}, 'time in the future');
    this.name = 'InFutureError';
  }
}

export class CheckOutBeforeCheckInError extends RefusedError {
  constructor() {
    super('duty.refused.outBeforeIn', {}, 'check-out before check-in');
    this.name = 'CheckOutBeforeCheckInError';
  }
}

/** Someone stood down is offered for no shift, a swap included. */
export class PersonStoodDownError extends RefusedError {
  constructor(readonly person: string) {
    super('duty.refused.stoodDown', { name: person }, 'person stood down');
    this.name = 'PersonStoodDownError';
  }
}

/** One person stands at one place in a shift: swapping in someone already on it would count them twice. */
export class AlreadyOnShiftError extends RefusedError {
  constructor(readonly person: string) {
    super('duty.refused.alreadyOnShift', { name: person }, 'person already on this shift');
    this.name = 'AlreadyOnShiftError';
  }
}
