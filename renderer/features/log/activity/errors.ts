import { RefusedError } from '../../../db/errors';

/**
 * A log line for an event that has not happened yet: a typing slip, refused with the time
 * typed, as the site's clock says it (`when`, "YYYY-MM-DD HH:mm").
 */
export class FutureTimeError extends RefusedError {
  constructor(
    readonly at: number,
    when: string,
  ) {
    super('log.refused.future', { at: when }, `time ${at} is in the future`);
    this.name = 'FutureTimeError';
  }
}

/** Closing an incident someone has closed already (in another window, a moment ago). */
export class IncidentClosedError extends RefusedError {
  constructor(
    readonly closedAt: number,
    when: string,
  ) {
    super('log.refused.incidentClosed', { at: when }, 'incident already closed');
    this.name = 'IncidentClosedError';
  }
}
