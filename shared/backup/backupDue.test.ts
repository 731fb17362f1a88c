import { describe, expect, it } from 'vitest';
import { backupDue, backupReminderDue, type BackupDueFacts } from './backupDue';

const MINUTE = 60_000;
const T = Date.parse('2026-12-05T08:00:00+08:00');
const H1 = 'a'.repeat(64);
const H2 = 'b'.repeat(64);
const due = (over: Partial<BackupDueFacts>) =>
  backupDue({ now: T, last: { at: T - 10 * MINUTE, chainHead: H1 }, shiftStartedAt: null, head: H1, ...over });

describe('backupDue', () => {
  it('takes a first backup when there is none, changes or not', () => {
    expect(due({ last: null })).toBe('first');
    expect(due({ last: null, head: null })).toBe('first');
    expect(due({ last: null, shiftStartedAt: T - MINUTE })).toBe('first');
  });

  it('takes one when the shift running now started after the last backup, even with nothing changed', () => {
    expect(due({ last: { at: T - 1, chainHead: H1 }, shiftStartedAt: T })).toBe('shift-change');
    expect(due({ last: { at: T - 3 * 60 * MINUTE, chainHead: H1 }, shiftStartedAt: T - MINUTE, head: H2 })).toBe(
      'shift-change',
    );
  });

  it('takes none at a shift change already backed up, at the same moment or after', () => {
    expect(due({ last: { at: T, chainHead: H1 }, shiftStartedAt: T })).toBeNull();
    expect(due({ last: { at: T + 1, chainHead: H1 }, now: T + MINUTE, shiftStartedAt: T })).toBeNull();
    // The next shift has not started yet.
    expect(due({ shiftStartedAt: T + MINUTE })).toBeNull();
  });

  it('takes one 30 minutes after the last, to the millisecond, when the audit trail has grown', () => {
    expect(due({ last: { at: T - 30 * MINUTE, chainHead: H1 }, head: H2 })).toBe('interval');
    expect(due({ last: { at: T - 30 * MINUTE + 1, chainHead: H1 }, head: H2 })).toBeNull();
    expect(due({ last: { at: T - 5 * 60 * MINUTE, chainHead: null }, head: H2 })).toBe('interval');
  });

  it('takes none however old the last is when nothing has changed', () => {
    expect(due({ last: { at: T - 30 * MINUTE, chainHead: H1 }, head: H1 })).toBeNull();
    expect(due({ last: { at: T - 10 * 60 * MINUTE, chainHead: null }, head: null })).toBeNull();
    expect(due({ last: { at: T - 10 * 60 * MINUTE, chainHead: H1 }, shiftStartedAt: T - 11 * 60 * MINUTE })).toBeNull();
  });

  it('counts a last backup stamped in the future (the clock set back) as old', () => {
    expect(due({ last: { at: T + 2 * 60 * MINUTE, chainHead: H1 }, head: H2 })).toBe('interval');
    expect(due({ last: { at: T + 2 * 60 * MINUTE, chainHead: H1 }, head: H1 })).toBeNull();
    // A shift that started before the future stamp is not a shift change.
    expect(due({ last: { at: T + 2 * 60 * MINUTE, chainHead: H1 }, shiftStartedAt: T - MINUTE, head: H1 })).toBeNull();
  });
});

describe('backupReminderDue', () => {
  const remind = (over: Partial<BackupDueFacts>) =>
    backupReminderDue({
      now: T,
      last: { at: T - 10 * MINUTE, chainHead: H1 },
      shiftStartedAt: null,
      head: H1,
      ...over,
    });

  it('reminds when the last backup is from before this shift, or there is none of a site with a trail', () => {
    expect(remind({ shiftStartedAt: T - 5 * MINUTE })).toBe(true);
    expect(remind({ last: null })).toBe(true);
  });

  it('stays quiet after a backup this shift, with nothing to lose, or on a mere interval', () => {
    expect(remind({ shiftStartedAt: T - 20 * MINUTE })).toBe(false);
    expect(remind({ last: null, head: null })).toBe(false);
    expect(remind({ last: { at: T - 5 * 60 * MINUTE, chainHead: H1 }, head: H2 })).toBe(false);
  });
});
