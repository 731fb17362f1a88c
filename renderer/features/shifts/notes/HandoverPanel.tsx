import { useState } from 'react';
import type { HandoverNote, Shift, Site } from '../../../../shared/domain';
import { useLive } from '../../../db/live/useLive';
import { useCommand } from '../../../hooks/useCommand';
import { formatDateTime } from '../../../i18n/format';
import { useI18n } from '../../../i18n/useI18n';
import { useServices } from '../../../services/useServices';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { shiftNotes } from './queries';

/**
 * The chosen shift's handover notes (交班事项): the previous shift's first, as the
 * incoming leader reads them, then this shift's, each with who wrote it and when, and a
 * way to mark it done. A new note is written for this shift.
 */
export function HandoverPanel({ site, shift, shiftLabel }: { site: Site; shift: Shift; shiftLabel: string }) {
  const { t } = useI18n();
  const services = useServices();
  const notes = useLive(shiftNotes, shift.id).data;
  const { run, error, busy } = useCommand(site.timeZone);
  const [text, setText] = useState('');
  const [author, setAuthor] = useState('');
  const commands = async () => (await import('./commands')).handoverCommands;

  const add = async () => {
    const ok = await run(async () => (await commands()).addHandoverNote(services, { shiftId: shift.id, text, author }));
    if (ok) setText('');
  };
  const toggle = (note: HandoverNote) =>
    void run(async () =>
      (await commands()).setHandoverNoteDone(services, { noteId: note.id, done: note.doneAt === null }),
    );

  return (
    <section className="handover" aria-labelledby="handover-title">
      <h3 id="handover-title">{t('notes.title', { shift: shiftLabel })}</h3>
      {notes?.previous && (
        <NoteList
          title={t('notes.previous', { count: notes.previous.notes.length })}
          notes={notes.previous.notes}
          timeZone={site.timeZone}
          onToggle={toggle}
        />
      )}
      <NoteList
        title={t('notes.own', { count: notes?.notes.length ?? 0 })}
        notes={notes?.notes ?? []}
        timeZone={site.timeZone}
        onToggle={toggle}
      />
      <form
        className="handover-form"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <label>
          <span>{t('notes.text')}</span>
          <textarea value={text} rows={2} maxLength={4000} onChange={(e) => setText(e.target.value)} />
        </label>
        <label>
          <span>{t('notes.author')}</span>
          <input
            value={author}
            maxLength={120}
            placeholder={t('notes.authorHint')}
            onChange={(e) => setAuthor(e.target.value)}
          />
        </label>
        <button type="submit" disabled={busy}>
          {t('notes.add')}
        </button>
      </form>
      <ErrorMessage message={error} />
    </section>
  );
}

function NoteList({
  title,
  notes,
  timeZone,
  onToggle,
}: {
  title: string;
  notes: readonly HandoverNote[];
  timeZone: string;
  onToggle: (note: HandoverNote) => void;
}) {
  const { t, locale } = useI18n();
  return (
    <div className="note-list">
      <h4>{title}</h4>
      {notes.length === 0 ? (
        <p className="hint">{t('notes.none')}</p>
      ) : (
        <ul>
          {notes.map((n) => (
            <li key={n.id} className={n.doneAt === null ? 'open' : 'done'}>
              <label>
                <input type="checkbox" checked={n.doneAt !== null} onChange={() => onToggle(n)} />
                <span className="note-text">{n.text}</span>
              </label>
              <span className="hint">
                {t('notes.by', { author: n.author, at: formatDateTime(n.at, locale, timeZone) })}
                {n.doneAt !== null &&
                  ` · ${t('notes.doneBy', { by: n.doneBy, at: formatDateTime(n.doneAt, locale, timeZone) })}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
