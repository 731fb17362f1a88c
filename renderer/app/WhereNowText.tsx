import type { PresenceState, WhereNowHit } from '../db/queries/whereNow';
import { formatTime } from '../i18n/format';
import { useI18n } from '../i18n/useI18n';

/** One answer of the header search, in words: where a person is, or who is at a post. */
export function WhereNowText({ hit, timeZone }: { hit: WhereNowHit; timeZone: string }) {
  const { t, locale } = useI18n();
  const stateText = (state: PresenceState, at: number | null) => {
    const time = at === null ? '' : formatTime(at, locale, timeZone);
    switch (state) {
      case 'not-yet':
        return t('duty.state.notYet');
      case 'in':
        return t('duty.state.in', { time });
      case 'late':
        return `⚠ ${t('duty.short.late')} ${time}`;
      case 'out':
        return t('duty.state.out', { time });
    }
  };
  if (hit.kind === 'person') {
    return (
      <>
        <strong className="person-name">{hit.person.name}</strong>
        {hit.post && hit.shift && hit.state ? (
          <span>
            {t('duty.search.at', { post: hit.post.name, shift: hit.shift.name })} · {stateText(hit.state, hit.at)}
          </span>
        ) : (
          <span className="hint">{t('duty.search.notOnDuty')}</span>
        )}
        <span className="person-phone">{hit.person.phone}</span>
      </>
    );
  }
  return (
    <>
      <strong>
        {hit.post.name}
        {hit.entranceName && <small className="hint"> ({hit.entranceName})</small>}
      </strong>
      {hit.people.length === 0 ? (
        <span className="hint">{t('duty.search.postEmpty')}</span>
      ) : (
        <span>
          {t('duty.search.postPeople', {
            people: hit.people
              .map((p) => t('duty.search.personState', { name: p.person.name, state: stateText(p.state, p.at) }))
              .join(t('common.listSeparator')),
          })}
        </span>
      )}
    </>
  );
}
