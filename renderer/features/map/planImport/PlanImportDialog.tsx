import { useEffect, useState, type SyntheticEvent } from 'react';
import type { Point, Site } from '../../../../shared/domain';
import { MAX_PLAN_BYTES } from '../../../../shared/rules/planImage';
import { rescaleFactor } from '../../../../shared/rules/planRescale';
import { clearUndo } from '../edit/undoStack';
import { useServices } from '../../../services/useServices';
import { useCommand } from '../../../hooks/useCommand';
import { formatRounded } from '../../../i18n/format';
import { useI18n } from '../../../i18n/useI18n';
import { Dialog } from '../../../ui/Dialog';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { loadPlanPicture, type PlanPicture, type PlanPictureRefusal } from './loadPlanPicture';
import { ScaleLine } from './ScaleLine';
import './planImport.css';
import { DialogActions } from '../../../ui/DialogActions';
import { scaleFromLine } from './scaleFromLine';

/** Same shape within 2%: then the picture can be fitted to the current plan units without distortion. */
const sameShape = (a: { width: number; height: number }, b: { width: number; height: number }) =>
  Math.abs(a.width / a.height / (b.width / b.height) - 1) < 0.02;

/**
 * Choose a picture of the plan, check it, set its scale with a line of known length,
 * and put it under the site. Nothing is written before Save: cancelling at any step
 * leaves the site as it was.
 */
export function PlanImportDialog({ site, open, onClose }: { site: Site; open: boolean; onClose: () => void }) {
  const { t, locale } = useI18n();
  const services = useServices();
  const { run, error: saveError, changedSince, busy, clearError } = useCommand(site.timeZone);
  // The site as it was when the picture was chosen: what is fitted and carried is worked out
  // on its plan, and a plan changed since (another window) is not replaced unseen.
  const [opened, setOpened] = useState<Site | null>(null);
  const [refusal, setRefusal] = useState<PlanPictureRefusal | 'cancelled' | null>(null);
  const [reading, setReading] = useState(false);
  const [points, setPoints] = useState<Point[]>([]);
  const [metres, setMetres] = useState('');
  const [fit, setFit] = useState(true);
  const [picture, setPicture] = useState<(PlanPicture & { url: string }) | null>(null);
  // The preview's URL lives as long as its picture: revoked when replaced or the dialog goes.
  useEffect(() => (picture ? () => URL.revokeObjectURL(picture.url) : undefined), [picture]);

  const close = () => {
    setPicture(null);
    setOpened(null);
    setRefusal(null);
    setPoints([]);
    setMetres('');
    setFit(true);
    clearError();
    onClose();
  };

  // A refused file takes the earlier choice with it: what Save would store is never one the message is not about.
  const refuse = (reason: PlanPictureRefusal | 'cancelled') => {
    setPicture(null);
    setPoints([]);
    setRefusal(reason);
  };

  const choose = async () => {
    setRefusal(null);
    clearError();
    try {
      const file = await services.bridge.openFile({
        filters: [{ name: t('plan.fileFilter'), extensions: ['png', 'jpg', 'jpeg', 'svg'] }],
        maxBytes: MAX_PLAN_BYTES,
      });
      if (!file.opened) {
        if (file.reason === 'too-large') refuse('too-large-file');
        return;
      }
      setReading(true);
      const loaded = await loadPlanPicture(file.name, file.data);
      if (!loaded.ok) return refuse(loaded.reason);
      setPicture({ ...loaded.picture, url: URL.createObjectURL(loaded.picture.blob) });
      setOpened(site);
      setPoints([]);
    } catch {
      // The file could not be read from the disk (the host's error): said as a damaged picture.
      refuse('broken-image');
    } finally {
      setReading(false);
    }
  };

  const base = opened ?? site;
  const current = base.plan;
  const canFit = picture !== null && current.kind !== 'grid' && sameShape(picture, current);
  const fitted = canFit && fit;
  // Plan units per picture unit: 1 unless the picture is fitted to the current plan's units.
  const unitsPerPixel = fitted && picture ? current.width / picture.width : 1;
  const { units, drawn } = scaleFromLine(points, metres, unitsPerPixel);
  const size =
    fitted || !picture
      ? { width: current.width, height: current.height }
      : { width: picture.width, height: picture.height };
  const factor = rescaleFactor(current, size);
  const keepsPositions = factor === 1;
  // Without a new line, the scale goes with the positions: the same metres, in the new units.
  // A blank grid's scale is only a default, not a measurement: it is not carried.
  const carried = current.kind !== 'grid' && current.metresPerUnit ? current.metresPerUnit / factor : null;
  const metresPerUnit = drawn ?? carried;

  // The plan was changed since the picture was chosen: work it out again on the plan as it is now.
  const reload = () => {
    setOpened(site);
    setPoints([]);
    clearError();
  };

  const save = async (e?: SyntheticEvent) => {
    e?.preventDefault();
    if (!picture || busy) return;
    const saved = await run(async () =>
      (await import('./commands')).planCommands.replacePlan(services, {
        opened: base,
        picture: { blob: picture.blob, mimeType: picture.mimeType, ...size, metresPerUnit },
        reason: t('plan.rescaleReason'),
      }),
    );
    // The map's earlier edits would put things back in the old plan's units.
    if (saved && !keepsPositions) clearUndo();
    if (saved) close();
  };

  const fmt = (n: number, digits: number) => formatRounded(n, digits, locale);
  return (
    <Dialog title={current.kind === 'image' ? t('plan.replace') : t('plan.import')} open={open} onClose={close}>
      <form className="plan-import" onSubmit={(e) => void save(e)}>
        <p className="plan-note">{t('plan.intro')}</p>
        <button
          type="button"
          className={picture ? 'button-quiet' : 'button-primary'}
          data-autofocus
          disabled={reading}
          onClick={() => void choose()}
        >
          {reading ? t('plan.reading') : picture ? t('plan.chooseOther') : t('plan.choose')}
        </button>
        {refusal && <ErrorMessage message={t(`plan.error.${refusal}`)} onDismiss={() => setRefusal(null)} />}
        {picture && (
          <>
            <p className="plan-note" data-testid="plan-chosen">
              {t('plan.chosen', { name: picture.name, width: fmt(picture.width, 0), height: fmt(picture.height, 0) })}
            </p>
            {picture.removed.length > 0 && (
              <p className="plan-note" role="status">
                {t('plan.sanitized')}
              </p>
            )}
            <p className="plan-note" data-testid="plan-positions">
              {keepsPositions ? t('plan.keepPositions') : t('plan.rescalePositions')}
            </p>
            {canFit && (
              <label className="field inline">
                <input type="checkbox" checked={fit} onChange={(e) => setFit(e.target.checked)} />
                <span>{t('plan.fit', { width: fmt(current.width, 0), height: fmt(current.height, 0) })}</span>
              </label>
            )}
            <ScaleLine
              url={picture.url}
              width={picture.width}
              height={picture.height}
              points={points}
              onPoints={setPoints}
              metres={metres}
              onMetres={setMetres}
            />
            <p className="plan-note" data-testid="plan-scale" role="status">
              {drawn
                ? t('plan.scaleResult', { metres: fmt(drawn, 4), units: fmt(units, 1) })
                : metresPerUnit === null
                  ? t('plan.scaleNone')
                  : keepsPositions
                    ? t('plan.scaleKept')
                    : t('plan.scaleCarried', { metres: fmt(metresPerUnit, 4) })}
            </p>
          </>
        )}
        <ErrorMessage message={saveError} onDismiss={clearError} onReload={changedSince ? reload : undefined} />
        <DialogActions
          cancel={t('plan.cancel')}
          onCancel={close}
          confirm={t('plan.save')}
          disabled={!picture || busy}
        />
      </form>
    </Dialog>
  );
}
