import { RefusedError } from '../../../db/errors';

/** Someone stood down is offered for no new shift: reinstate them first. */
export class PersonStoodDownError extends RefusedError {
  constructor(readonly person: string) {
    super('board.refused.stoodDown', { name: person }, `${person} is stood down`);
    this.name = 'PersonStoodDownError';
  }
}

/** The same person twice at one post in one shift is one person counted twice. */
export class AlreadyAssignedError extends RefusedError {
  constructor(readonly person: string) {
    super('board.refused.alreadyThere', { name: person }, `${person} is already at this post in this shift`);
    this.name = 'AlreadyAssignedError';
  }
}

/** A person who has checked in has worked: taking them off would lose that; swap or check out instead. */
export class AssignmentWorkedError extends RefusedError {
  constructor(readonly person: string) {
    super('board.refused.worked', { name: person }, `${person} has checked in on this assignment`);
    this.name = 'AssignmentWorkedError';
  }
}

/** A shift someone has checked in on has been worked: it stays. */
export class ShiftWorkedError extends RefusedError {
  constructor() {
    super('board.refused.shiftWorked', {}, 'the shift has check-ins');
    this.name = 'ShiftWorkedError';
  }
}
