import { RefusedError } from '../../../db/errors';

/** A round can be started once: another window (or a second keystroke) got there first. */
export class RoundStartedError extends RefusedError {
  constructor() {
    super('patrols.refused.started', {}, 'this round is already started');
    this.name = 'RoundStartedError';
  }
}

/** Nothing can be added to a round once it has ended. */
export class RoundEndedError extends RefusedError {
  constructor() {
    super('patrols.refused.ended', {}, 'this round has ended');
    this.name = 'RoundEndedError';
  }
}

/** A route with no checkpoint on it asks nothing of a round. */
export class NoCheckpointsError extends RefusedError {
  constructor() {
    super('patrols.refused.noCheckpoints', {}, 'the route has no checkpoints');
    this.name = 'NoCheckpointsError';
  }
}

/** Times the patrol reports: never after now, never before the round began or the last report. */
export class RoundTimeError extends RefusedError {
  constructor(readonly why: 'future' | 'beforeStart' | 'beforeLast') {
    super(`patrols.refused.${why}`, {}, `time refused: ${why}`);
    this.name = 'RoundTimeError';
  }
}

/** A checkpoint is reported once per round. */
export class CheckpointDoneError extends RefusedError {
  constructor() {
    super('patrols.refused.checkpointDone', {}, 'this checkpoint is already recorded');
    this.name = 'CheckpointDoneError';
  }
}

/** On a round whose order is fixed, the next checkpoint is reached or skipped before the one after. */
export class NotNextError extends RefusedError {
  constructor(readonly next: string) {
    super('patrols.refused.notNext', { next }, `the next checkpoint is ${next}`);
    this.name = 'NotNextError';
  }
}

/** An observation is raised to an incident once. */
export class IncidentRaisedError extends RefusedError {
  constructor() {
    super('patrols.refused.incidentRaised', {}, 'an incident is already open for this observation');
    this.name = 'IncidentRaisedError';
  }
}
