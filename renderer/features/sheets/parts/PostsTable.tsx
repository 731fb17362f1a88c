import type { SheetPerson, SheetPost } from '../../../../shared/print/sheetData';
import { useI18n } from '../../../i18n/useI18n';
import { MarkerGlyph } from './PlanMarker';
import { sheetTime } from './sheetTime';

/**
 * Every post with its people, one row each (a post of 40 breaks across pages between
 * rows, never through one): name, unit, phone, and boxes for checking in and out, with
 * the time already recorded where there is one. Posts below their minimum are marked.
 */
export function PostsTable({
  posts,
  timeZone,
  date,
  withBoxes,
}: {
  posts: SheetPost[];
  timeZone: string;
  date: string;
  withBoxes: boolean;
}) {
  const { t } = useI18n();
  const columns = withBoxes ? 6 : 4;
  return (
    <table>
      <thead>
        <tr>
          <th style={{ width: '10mm' }}>{t('sheets.col.number')}</th>
          <th>{t('sheets.col.person')}</th>
          <th style={{ width: '26mm' }}>{t('sheets.col.unit')}</th>
          <th style={{ width: '30mm' }}>{t('sheets.col.phone')}</th>
          {withBoxes && <th style={{ width: '22mm' }}>{t('sheets.col.checkIn')}</th>}
          {withBoxes && <th style={{ width: '22mm' }}>{t('sheets.col.checkOut')}</th>}
        </tr>
      </thead>
      {posts.map((post) => (
        <tbody key={post.number}>
          <tr className="group-row">
            <td>
              <MarkerGlyph shape="post" number={post.number} />
            </td>
            <td colSpan={columns - 1}>
              {post.name}
              <span className="muted">
                {' · '}
                {t('sheets.posts.min', { min: post.minStaff, count: post.people.length })}
              </span>
              {post.level !== 'staffed' && (
                <span className="flag">
                  {' '}
                  {t(post.level === 'unstaffed' ? 'sheets.posts.unstaffed' : 'sheets.posts.below')}
                </span>
              )}
            </td>
          </tr>
          {post.people.length === 0 && (
            <tr>
              <td />
              <td colSpan={columns - 1}>{t('sheets.posts.nobody')}</td>
            </tr>
          )}
          {post.people.map((p, i) => (
            <tr key={`${p.name}-${i}`}>
              <td className="num">{post.number}</td>
              <td>
                {p.name}
                {p.leader && t('sheets.posts.leaderMark')}
                {p.reserve && t('sheets.posts.reserveMark')}
              </td>
              <td>{t(`people.unit.${p.unit}`)}</td>
              <td className="nowrap">{p.phone}</td>
              {withBoxes && <td className="nowrap">{checkCell(p.checkedInAt, timeZone, date)}</td>}
              {withBoxes && <td className="nowrap">{checkCell(p.checkedOutAt, timeZone, date)}</td>}
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}

function checkCell(at: SheetPerson['checkedInAt'], timeZone: string, date: string) {
  if (at !== null) return `✓ ${sheetTime(at, timeZone, date)}`;
  return (
    <>
      <span className="box" /> <span className="write-in" />
    </>
  );
}
