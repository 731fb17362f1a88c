import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Shift, Site } from '../../../../shared/domain';
import type { BoardProblem } from '../../../../shared/rules/shiftChecks';
import { shiftRangeText } from '../../../../shared/rules/shiftTimes';
import { datesFrom } from '../../../../shared/rules/shiftPlanning';
import { localDate } from '../../../../shared/time/zoned';
import { useLive } from '../../../db/live/useLive';
import { useCommand } from '../../../hooks/useCommand';
import { useMinute } from '../../../hooks/useMinute';
import { formatShortDate } from '../../../i18n/format';
import { useI18n } from '../../../i18n/useI18n';
import { useServices } from '../../../services/useServices';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { HandoverPanel } from '../notes/HandoverPanel';
import { groupsOfSite } from '../queries';
import { BoardGrid } from './BoardGrid';
import { BoardToolbar } from './BoardToolbar';
import { PeopleDragList } from './PeopleDragList';
import { PersonPicker } from './PersonPicker';
import { problemText } from './problemText';
import { focusProblemList, ProblemList } from './ProblemList';
import { patternsOfSite } from './queries';
import { useBoard } from './useBoard';
import { useBoardActions } from './useBoardActions';
import './board.css';

type PickerTarget = { shiftId: string; postId: string | null } | null;

/**
 * The assignment board: posts down the side, the chosen days' shifts across the top,
 * people in the cells, the problems the rules find on the cells and in a list, and the
 * chosen shift's handover notes below.
 */
export function BoardTab({ site }: { site: Site | null }) {
  const { t, locale } = useI18n();
  const { clock } = useServices();
  const timeZone = site?.timeZone ?? 'Asia/Shanghai';
  const minute = useMinute();
  const [from, setFrom] = useState(() => localDate(clock.now(), timeZone));
  const [days, setDays] = useState(1);
  const [picker, setPicker] = useState<PickerTarget>(null);
  const [chosenShift, setChosenShift] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  // Set when a problem's link opened a cell: closing its picker goes back to the list, to the next problem.
  const fromList = useRef(false);
  const closePicker = () => setPicker(null);
  // Runs after the dialog's own effect has closed it and given the focus back to the cell.
  useEffect(() => {
    if (picker !== null || !fromList.current) return;
    fromList.current = false;
    focusProblemList();
  }, [picker]);
  const board = useBoard(site, from, days, minute);
  const groups = useLive(groupsOfSite, site?.id ?? null).data ?? [];
  const patterns = useLive(patternsOfSite, site?.id ?? null).data ?? [];
  const openPicker = useCallback((shiftId: string, postId: string | null) => {
    setStatus('');
    setPicker({ shiftId, postId });
  }, []);
  const { actions, error } = useBoardActions(timeZone, { openPicker, select: setChosenShift });
  const bulk = useCommand(timeZone);
  const services = useServices();

  const shiftsById = useMemo(() => new Map(board.shifts.all.map((s) => [s.id, s])), [board.shifts.all]);
  const postsById = useMemo(() => new Map(board.posts.map((p) => [p.id, p])), [board.posts]);
  const shiftLabel = useCallback(
    (s: Shift) => {
      const { start, end } = shiftRangeText(s.startsAt, s.endsAt, timeZone);
      return t('board.shiftLabel', { day: formatShortDate(s.startsAt, locale, timeZone), name: s.name, start, end });
    },
    [t, locale, timeZone],
  );
  const describe = useCallback(
    (p: BoardProblem) =>
      problemText(t, p, { people: board.peopleById, posts: postsById, shifts: shiftsById, shiftLabel }),
    [t, board.peopleById, postsById, shiftsById, shiftLabel],
  );
  const where = useCallback(
    (p: BoardProblem) => {
      const shift = shiftsById.get(p.shiftId);
      const post = p.postId === null ? null : postsById.get(p.postId);
      return [shift ? shiftLabel(shift) : '', post?.name ?? ''].filter(Boolean).join(' · ');
    },
    [shiftsById, postsById, shiftLabel],
  );

  const shown = board.shifts.shown;
  const running = shown.find((s) => s.startsAt <= minute && minute < s.endsAt);
  const selected = shown.find((s) => s.id === chosenShift) ?? running ?? shown[0] ?? null;
  const shownDates = datesFrom(from, days);
  const missingShifts = shownDates.some((d) => !shown.some((s) => s.date === d));

  const pickerShift = picker ? shiftsById.get(picker.shiftId) : undefined;
  const pickerPost = picker?.postId ? postsById.get(picker.postId) : undefined;
  // Who the picker leaves out: those already in the cell, or the shift's leader when choosing one.
  const inCell = useMemo(() => {
    if (!picker) return new Set<string>();
    if (picker.postId === null) return new Set(pickerShift?.leaderId ? [pickerShift.leaderId] : []);
    return new Set(
      board.shifts.assignments
        .filter((a) => a.shiftId === picker.shiftId && a.postId === picker.postId)
        .map((a) => a.personId),
    );
  }, [picker, pickerShift, board.shifts.assignments]);
  const { whyNot } = board;
  const reasonsOf = useCallback(
    (personId: string) => (picker ? whyNot(personId, picker.shiftId, picker.postId ?? '') : []),
    [picker, whyNot],
  );
  const pickerTitle = !pickerShift
    ? ''
    : pickerPost
      ? t('board.pickerTitle', {
          cell: t('board.cellLabel', { post: pickerPost.name, shift: shiftLabel(pickerShift) }),
        })
      : t('board.leaderPickerTitle', { shift: shiftLabel(pickerShift) });
  const filled = picker?.postId ? inCell.size : 0;

  if (!site) return <p className="hint">{t('board.noSite')}</p>;
  return (
    <div className="board-tab">
      <BoardToolbar
        site={site}
        from={from}
        days={days}
        patterns={patterns}
        missingShifts={missingShifts}
        busy={bulk.busy}
        onFrom={setFrom}
        onDays={setDays}
        onGenerate={(patternId) =>
          void bulk.run(async () => {
            const made = await (
              await import('./commands')
            ).boardCommands.generateShifts(services, {
              patternId,
              dates: shownDates,
            });
            setStatus(t('board.generated', { count: made.length }));
          })
        }
        onCopy={(count) =>
          void bulk.run(async () => {
            const done = await (
              await import('./commands')
            ).boardCommands.copyDay(services, {
              siteId: site.id,
              from,
              to: datesFrom(from, count + 1).slice(1),
            });
            setStatus(t('board.copied', { ...done, count }));
          })
        }
      />
      <ErrorMessage message={error ?? bulk.error} />
      {status !== '' && !picker && (
        <p className="board-status" role="status">
          {status}
        </p>
      )}
      <div className="board-layout">
        <div className="board-main">
          {shown.length === 0 ? (
            <p className="hint">{t('board.noShifts')}</p>
          ) : (
            <BoardGrid
              posts={board.posts}
              shifts={board.shifts}
              peopleById={board.peopleById}
              problems={board.problems}
              describe={describe}
              shiftLabel={shiftLabel}
              selectedShiftId={selected?.id ?? null}
              actions={actions}
            />
          )}
          {selected && <HandoverPanel site={site} shift={selected} shiftLabel={shiftLabel(selected)} />}
        </div>
        <aside className="board-side">
          <ProblemList
            problems={board.problems}
            describe={describe}
            where={where}
            onFollow={() => {
              fromList.current = true;
            }}
          />
          <PeopleDragList people={board.people} />
        </aside>
      </div>
      <PersonPicker
        title={pickerTitle}
        open={picker !== null}
        people={board.people}
        groups={groups}
        exclude={inCell}
        reasonsOf={reasonsOf}
        status={
          error ??
          (picker?.postId && pickerPost ? t('board.pickerFilled', { filled, min: pickerPost.minStaff }) : status)
        }
        onPick={(personId) => {
          if (!picker) return;
          if (picker.postId === null) {
            actions.setLeader(picker.shiftId, personId);
            closePicker();
          } else actions.assign(picker.shiftId, picker.postId, personId);
        }}
        onClose={closePicker}
      />
    </div>
  );
}
