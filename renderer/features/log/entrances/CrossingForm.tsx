import { useState } from 'react';
import { crossingSubjects, type EntranceLogEntry, type Site } from '../../../../shared/domain';
import { useLive } from '../../../db/live/useLive';
import { entrancesOfSite } from '../../../db/queries/entrances';
import { useCommand } from '../../../hooks/useCommand';
import { formatTime } from '../../../i18n/format';
import { useI18n } from '../../../i18n/useI18n';
import { useServices } from '../../../services/useServices';
import { ChoiceSelect } from '../../../ui/ChoiceSelect';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { BadTimeAlert, TypedTimeField } from '../TypedTimeField';
import { useTypedTime } from '../useTypedTime';

export interface CrossingDraft {
  direction: EntranceLogEntry['direction'];
  subjectKind: EntranceLogEntry['subjectKind'];
  subject: string;
  reason: string;
  authorisedBy: string;
  entranceId: string;
  /** The open trip out this crossing comes back from, or ''. */
  pairWith: string;
}

const blank: CrossingDraft = {
  direction: 'out',
  subjectKind: 'person',
  subject: '',
  reason: '',
  authorisedBy: '',
  entranceId: '',
  pairWith: '',
};

/**
 * A crossing in one short form, every field by keyboard, Enter to record: the time is
 * now unless typed; a way in may name the open trip out it comes back from.
 */
export function CrossingForm({
  site,
  openTrips,
  initial,
}: {
  site: Site;
  openTrips: readonly EntranceLogEntry[];
  initial: Partial<CrossingDraft>;
}) {
  const { t, locale } = useI18n();
  const services = useServices();
  const { run, error, busy } = useCommand(site.timeZone);
  const entrances = useLive(entrancesOfSite, site.id).data ?? [];
  const [draft, setDraft] = useState<CrossingDraft>({ ...blank, ...initial });
  const time = useTypedTime(site.timeZone);
  const set = (more: Partial<CrossingDraft>) => setDraft((d) => ({ ...d, ...more }));
  // The main passage (the one kept open under control), unless another entrance is chosen.
  const main = entrances.find((e) => e.kind === 'passage') ?? entrances.find((e) => e.kind === 'gate') ?? entrances[0];
  const entranceId = draft.entranceId || main?.id || '';

  const record = async () => {
    const at = time.read();
    if (at === null) return;
    const ok = await run(async () =>
      (await import('./commands')).crossingCommands.recordCrossing(services, {
        siteId: site.id,
        entranceId,
        direction: draft.direction,
        subjectKind: draft.subjectKind,
        subject: draft.subject,
        reason: draft.reason,
        authorisedBy: draft.authorisedBy,
        pairWith: draft.direction === 'in' && draft.pairWith ? draft.pairWith : null,
        ...(at !== undefined ? { at } : {}),
      }),
    );
    if (ok) {
      setDraft({ ...blank, entranceId: draft.entranceId });
      time.setText('');
    }
  };

  return (
    <form
      className="crossing-form"
      aria-label={t('crossing.title')}
      onSubmit={(e) => {
        e.preventDefault();
        void record();
      }}
    >
      <label>
        <span>{t('crossing.direction')}</span>
        <select
          value={draft.direction}
          onChange={(e) => set({ direction: e.target.value === 'in' ? 'in' : 'out', pairWith: '' })}
        >
          <option value="out">{t('crossing.direction.out')}</option>
          <option value="in">{t('crossing.direction.in')}</option>
        </select>
      </label>
      <label>
        <span>{t('crossing.subjectKind')}</span>
        <ChoiceSelect
          value={draft.subjectKind}
          choices={crossingSubjects}
          labelOf={(k) => t(`crossing.kind.${k}`)}
          onChoose={(subjectKind) => set({ subjectKind })}
        />
      </label>
      <label>
        <span>{t('crossing.subject')}</span>
        <input value={draft.subject} maxLength={120} onChange={(e) => set({ subject: e.target.value })} />
      </label>
      <label>
        <span>{t('crossing.reason')}</span>
        <input value={draft.reason} maxLength={500} onChange={(e) => set({ reason: e.target.value })} />
      </label>
      <label>
        <span>{t('crossing.authorisedBy')}</span>
        <input value={draft.authorisedBy} maxLength={120} onChange={(e) => set({ authorisedBy: e.target.value })} />
      </label>
      <TypedTimeField label={t('crossing.time')} time={time} />
      {entrances.length > 1 && (
        <label>
          <span>{t('crossing.entrance')}</span>
          <select value={entranceId} onChange={(e) => set({ entranceId: e.target.value })}>
            {entrances.map((e) => (
              <option key={e.id} value={e.id}>
                {`${e.number} ${e.name}`}
              </option>
            ))}
          </select>
        </label>
      )}
      {draft.direction === 'in' && (
        <label>
          <span>{t('crossing.pairWith')}</span>
          <select value={draft.pairWith} onChange={(e) => set({ pairWith: e.target.value })}>
            <option value="">{t('crossing.noPair')}</option>
            {openTrips.map((o) => (
              <option key={o.id} value={o.id}>
                {`${formatTime(o.at, locale, site.timeZone)} ${t(`crossing.kind.${o.subjectKind}`)} ${o.subject}`}
              </option>
            ))}
          </select>
        </label>
      )}
      <button type="submit" className="button-primary" disabled={busy || entranceId === ''}>
        {t('crossing.submit')}
      </button>
      <BadTimeAlert bad={time.bad} />
      <ErrorMessage message={error} />
    </form>
  );
}
