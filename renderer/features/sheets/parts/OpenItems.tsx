import type { ReactNode } from 'react';
import type { SheetOpenItems } from '../../../../shared/print/sheetData';
import { useI18n } from '../../../i18n/useI18n';
import type { MessageKey } from '../../../i18n/translate';
import { sheetTime } from './sheetTime';

/** What the next shift takes over unfinished: incidents, trips out, works, requests (titles only), late rounds. */
export function OpenItems({ open, timeZone, date }: { open: SheetOpenItems; timeZone: string; date: string }) {
  const { t } = useI18n();
  const at = (ms: number) => sheetTime(ms, timeZone, date);
  return (
    <section aria-label={t('sheets.open.title')}>
      <h2>{t('sheets.open.title')}</h2>
      <Group title="sheets.open.incidents">
        {open.incidents.map((i) => (
          <li key={`${i.openedAt}-${i.text}`}>
            {at(i.openedAt)} · {t(`category.${i.category}`)} · {i.text}
          </li>
        ))}
      </Group>
      <Group title="sheets.open.trips">
        {open.trips.map((trip) => (
          <li key={`${trip.at}-${trip.subject}`}>
            {at(trip.at)} · {trip.entrance} · {trip.subject}
            {trip.reason && ` · ${trip.reason}`}
          </li>
        ))}
      </Group>
      <Group title="sheets.open.works">
        {open.works.map((w) => (
          <li key={w.title}>
            {w.title} · {t(`workState.${w.state}`)}
            {w.responsible && ` · ${w.responsible}`}
          </li>
        ))}
      </Group>
      <Group title="sheets.open.requests">
        {open.requests.map((r) => (
          <li key={r.title}>{r.title}</li>
        ))}
      </Group>
      <Group title="sheets.open.lateRounds">
        {open.lateRounds.map((r) => (
          <li key={`${r.dueAt}-${r.routeName}`} className="flag">
            {at(r.dueAt)} · {r.routeName} · {t(`sheets.status.${r.status}`)}
          </li>
        ))}
      </Group>
    </section>
  );
}

function Group({ title, children }: { title: MessageKey; children: ReactNode[] }) {
  const { t } = useI18n();
  return (
    <div className="sheet-keep">
      <h3>
        {t(title)}
        {children.length === 0 && `: ${t('sheets.open.none')}`}
      </h3>
      {children.length > 0 && <ul>{children}</ul>}
    </div>
  );
}
