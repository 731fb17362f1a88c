import { useMemo, useState, type SyntheticEvent } from 'react';
import type { Site } from '../../../../shared/domain';
import { guessMapping, type ColumnMapping } from '../../../../shared/rules/peopleColumns';
import { checkImport, MAX_IMPORT_ROWS } from '../../../../shared/rules/peopleImport';
import { useLive } from '../../../db/live/useLive';
import { useCommand } from '../../../hooks/useCommand';
import { useI18n } from '../../../i18n/useI18n';
import { useServices } from '../../../services/useServices';
import { Dialog } from '../../../ui/Dialog';
import { DialogActions } from '../../../ui/DialogActions';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { groupsOfSite, peopleOfSite } from '../queries';
import { BadRows } from './BadRows';
import { MappingPreview } from './MappingPreview';
import { MAX_IMPORT_BYTES, MAX_IMPORT_COLUMNS, readPeopleFile, type PeopleFile, type Refused } from './readPeopleFile';

type ReadFile = Extract<PeopleFile, { ok: true }> & { name: string };

/**
 * Choose a people file, see its columns mapped and its first rows, every bad row with its
 * row number and why, then import the good rows or nothing. Nothing is written before the
 * import button; the import is one command (one transaction, one audit row).
 */
export function PeopleImportDialog({
  site,
  open,
  onClose,
  onDone,
}: {
  site: Site;
  open: boolean;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useI18n();
  const services = useServices();
  const { run, error, busy, clearError } = useCommand(site.timeZone);
  const people = useLive(peopleOfSite, site.id).data;
  const groups = useLive(groupsOfSite, site.id).data;
  const [file, setFile] = useState<ReadFile | null>(null);
  const [refusal, setRefusal] = useState<Omit<Refused, 'ok'> | null>(null);
  const [reading, setReading] = useState(false);
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [createGroups, setCreateGroups] = useState(false);

  const check = useMemo(
    () =>
      file && people && groups
        ? checkImport(file.sheet, mapping, {
            existing: people,
            groupNames: groups.map((g) => g.name),
            createGroups,
          })
        : null,
    [file, mapping, people, groups, createGroups],
  );

  const close = () => {
    setFile(null);
    setRefusal(null);
    setMapping([]);
    setCreateGroups(false);
    clearError();
    onClose();
  };

  const refuse = (why: Omit<Refused, 'ok'>) => {
    setFile(null);
    setRefusal(why);
  };

  const choose = async () => {
    setRefusal(null);
    clearError();
    try {
      const chosen = await services.bridge.openFile({
        filters: [{ name: t('peopleIO.fileFilter'), extensions: ['xlsx', 'csv', 'txt'] }],
        maxBytes: MAX_IMPORT_BYTES,
      });
      if (!chosen.opened) {
        if (chosen.reason === 'too-large') refuse({ reason: 'too-large' });
        return;
      }
      setReading(true);
      const read = await readPeopleFile(chosen.name, chosen.data);
      if (!read.ok) return refuse(read);
      setFile({ ...read, name: chosen.name });
      setMapping(guessMapping(read.sheet.header));
      setCreateGroups(false);
    } catch {
      // The file could not be read from the disk (the host's error).
      refuse({ reason: 'unreadable' });
    } finally {
      setReading(false);
    }
  };

  const hasName = mapping.includes('name');
  const good = check?.good.length ?? 0;
  const bad = check?.bad ?? [];
  const allDuplicates = good === 0 && bad.length > 0 && bad.every((b) => b.problems.includes('duplicate-existing'));

  const save = async (e?: SyntheticEvent) => {
    e?.preventDefault();
    if (!file || !check || good === 0 || busy) return;
    let result = { imported: 0, groupsCreated: 0 };
    const ok = await run(async () => {
      result = await (
        await import('./commands')
      ).peopleIOCommands.importPeople(services, {
        siteId: site.id,
        people: check.good,
        newGroups: createGroups ? check.newGroups : [],
        fileName: file.name,
        skipped: bad.length,
        reason: t('peopleIO.auditReason', { count: good, skipped: bad.length }),
        describe: ({ count, fileName }) => t('log.auto.imported', { count, file: fileName }),
      });
    });
    if (!ok) return;
    onDone(t('peopleIO.done', { count: result.imported, groups: result.groupsCreated, skipped: bad.length }));
    close();
  };

  const limits: Partial<Record<Refused['reason'], number>> = {
    'too-large': MAX_IMPORT_BYTES / 1024 / 1024,
    'too-many-rows': MAX_IMPORT_ROWS,
    'too-many-columns': MAX_IMPORT_COLUMNS,
  };
  const refusalText =
    refusal &&
    t(`peopleIO.error.${refusal.reason}`, {
      max: limits[refusal.reason] ?? 0,
      count: refusal.count ?? 0,
      // The first few rows, and an ellipsis when there are more.
      rows:
        (refusal.rows ?? []).join(t('common.listSeparator')) +
        ((refusal.count ?? 0) > (refusal.rows?.length ?? 0) ? '…' : ''),
    });

  return (
    <Dialog title={t('peopleIO.dialogTitle')} open={open} onClose={close}>
      <form className="people-io" onSubmit={(e) => void save(e)} aria-busy={reading || busy}>
        <p className="plan-note">{t('peopleIO.intro')}</p>
        <button
          type="button"
          className={file ? 'button-quiet' : 'button-primary'}
          data-autofocus
          disabled={reading || busy}
          onClick={() => void choose()}
        >
          {file ? t('peopleIO.chooseOther') : t('peopleIO.choose')}
        </button>
        {reading && (
          <p className="plan-note" role="status">
            {t('peopleIO.reading')}
          </p>
        )}
        <ErrorMessage message={refusalText} onDismiss={() => setRefusal(null)} />
        {file && (
          <>
            <p className="plan-note" data-testid="people-io-chosen">
              {t('peopleIO.chosen', {
                name: file.name,
                rows: file.sheet.rows.length,
                format: t(`peopleIO.format.${file.format}`),
              })}
            </p>
            <MappingPreview sheet={file.sheet} mapping={mapping} onMapping={setMapping} />
            {!hasName && <p className="error-message">{t('peopleIO.noNameColumn')}</p>}
            {check && check.unknownGroups.length > 0 && (
              <label className="field inline">
                <input type="checkbox" checked={createGroups} onChange={(e) => setCreateGroups(e.target.checked)} />
                <span>
                  {t('peopleIO.createGroups', { names: check.unknownGroups.join(t('common.listSeparator')) })}
                </span>
              </label>
            )}
            <p className="people-io-summary" role="status" data-testid="people-io-summary">
              {allDuplicates ? t('peopleIO.allDuplicates') : t('peopleIO.summary', { good, bad: bad.length })}
            </p>
            <BadRows rows={bad} />
          </>
        )}
        <ErrorMessage message={error} onDismiss={clearError} />
        <DialogActions
          cancel={t('peopleIO.cancel')}
          onCancel={close}
          confirm={
            bad.length > 0
              ? t('peopleIO.confirmSkip', { count: good, skipped: bad.length })
              : t('peopleIO.confirm', { count: good })
          }
          disabled={!file || good === 0 || !hasName || busy}
        />
      </form>
    </Dialog>
  );
}
