import type { Person, Post, Shift } from '../../../../shared/domain';
import type { BoardProblem } from '../../../../shared/rules/shiftChecks';
import type { MessageKey, MessageParams } from '../../../i18n/translate';

export interface Named {
  people: ReadonlyMap<string, Person>;
  posts: ReadonlyMap<string, Post>;
  shifts: ReadonlyMap<string, Shift>;
  /** A shift as people name it: "11月28日 早班". */
  shiftLabel: (shift: Shift) => string;
}

/** Minutes as people say them: "7 小时 30 分" / "7 h 30 min". */
export function durationText(t: (k: MessageKey, p?: MessageParams) => string, minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (m === 0) return t('board.hours', { h });
  if (h === 0) return t('board.minutes', { m });
  return t('board.hoursMinutes', { h, m });
}

/** A problem in plain words, naming the person, the other post and shift, and the numbers. */
export function problemText(t: (k: MessageKey, p?: MessageParams) => string, p: BoardProblem, named: Named): string {
  const name = p.personId === null ? '' : (named.people.get(p.personId)?.name ?? '');
  const otherShift = p.otherShiftId === null ? undefined : named.shifts.get(p.otherShiftId);
  const otherPost = p.otherPostId === null ? '' : (named.posts.get(p.otherPostId)?.name ?? '');
  const shift = named.shifts.get(p.shiftId);
  switch (p.kind) {
    case 'unstaffed':
      return t('board.problem.unstaffed', { min: p.limit });
    case 'below-minimum':
      return t('board.problem.belowMinimum', { filled: p.value, min: p.limit });
    case 'double-booked':
      if (p.otherPostId === null && otherShift)
        return t('board.problem.doubleBookedLeading', { name, shift: named.shiftLabel(otherShift) });
      return t('board.problem.doubleBooked', {
        name,
        post: otherPost,
        shift: otherShift ? named.shiftLabel(otherShift) : '',
      });
    case 'short-rest':
      return t('board.problem.shortRest', {
        name,
        rest: durationText(t, p.value),
        min: durationText(t, p.limit),
        shift: otherShift ? named.shiftLabel(otherShift) : '',
      });
    case 'too-many-hours':
      return t('board.problem.tooManyHours', { name, worked: durationText(t, p.value), max: durationText(t, p.limit) });
    case 'stood-down':
      return t('board.problem.stoodDown', { name });
    case 'reserve-call-up':
      return t('board.problem.reserveCallUp', { name });
    case 'no-leader':
      return t('board.problem.noLeader', { shift: shift ? named.shiftLabel(shift) : '' });
  }
}
