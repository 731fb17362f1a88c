import { RefusedError } from '../../../db/errors';

/** A group's leader leads its members: someone from another group, or none, cannot. */
export class LeaderNotMemberError extends RefusedError {
  constructor(readonly personName: string) {
    super('people.error.leaderNotMember', { name: personName }, `${personName} is not a member of the group`);
    this.name = 'LeaderNotMemberError';
  }
}

/** Someone stood down is offered for no shift, so leads no group either. */
export class LeaderStoodDownError extends RefusedError {
  constructor(readonly personName: string) {
    super('people.error.leaderStoodDown', { name: personName }, `${personName} is stood down`);
    this.name = 'LeaderStoodDownError';
  }
}

/** Two groups of one name would be one group to whoever reads the board or imports a list. */
export class GroupNameTakenError extends RefusedError {
  constructor(readonly groupName: string) {
    super('people.error.groupNameTaken', { name: groupName }, `a group named ${groupName} exists`);
    this.name = 'GroupNameTakenError';
  }
}

/** The group chosen has gone (deleted in another window) or belongs to another site. */
export class NoSuchGroupError extends RefusedError {
  constructor() {
    super('people.error.noSuchGroup', {}, 'no such group on this site');
    this.name = 'NoSuchGroupError';
  }
}
