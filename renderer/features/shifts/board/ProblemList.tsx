import type { BoardProblem } from '../../../../shared/rules/shiftChecks';
import { isNotice } from '../../../../shared/rules/shiftChecks';
import { useI18n } from '../../../i18n/useI18n';
import { cellId, leaderId } from './boardActions';

/** Puts the keyboard on the list's heading: the next Tab reaches the first problem left, whatever has gone. */
export function focusProblemList(): void {
  document.getElementById('board-problems-title')?.focus();
}

/**
 * Every problem the board found, in plain words, each a link to its cell (or to the shift's
 * leader choice): following it puts the keyboard there. Notices (a reserve call-up) are
 * counted apart: allowed, but the command post should know.
 */
export function ProblemList({
  problems,
  describe,
  where,
  onFollow,
}: {
  problems: readonly BoardProblem[];
  describe: (p: BoardProblem) => string;
  where: (p: BoardProblem) => string;
  /** A link was followed: the board brings the keyboard back here once that cell is dealt with. */
  onFollow: () => void;
}) {
  const { t } = useI18n();
  const notices = problems.filter((p) => isNotice(p.kind)).length;
  const real = problems.length - notices;
  const go = (p: BoardProblem) => {
    const target = document.getElementById(p.postId === null ? leaderId(p.shiftId) : cellId(p.shiftId, p.postId));
    if (!target) return;
    onFollow();
    target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    (target.querySelector<HTMLElement>('button.cell-add') ?? target).focus();
  };
  return (
    <section className="problem-list" id="board-problems" aria-labelledby="board-problems-title">
      <h3 id="board-problems-title" tabIndex={-1}>
        {real === 0 ? t('board.noProblems') : real === 1 ? t('board.oneProblem') : t('board.problems', { count: real })}
        {notices > 0 && (
          <span className="hint">
            {' '}
            · {notices === 1 ? t('board.oneNotice') : t('board.notices', { count: notices })}
          </span>
        )}
      </h3>
      <ul>
        {problems.map((p, i) => (
          <li key={i} className={isNotice(p.kind) ? 'notice' : 'problem'}>
            <a
              href={`#${p.postId === null ? leaderId(p.shiftId) : cellId(p.shiftId, p.postId)}`}
              onClick={(e) => {
                e.preventDefault();
                go(p);
              }}
            >
              <span className="problem-where">{where(p)}</span> {describe(p)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
