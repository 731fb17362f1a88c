import type { Point } from '../../../../shared/domain';
import { useI18n } from '../../../i18n/useI18n';
import { ScalePicker } from './ScalePicker';

/**
 * The scale line on a picture and the real length it stands for: the same two steps
 * when a picture is imported and when the scale of the plan in place is set.
 */
export function ScaleLine({
  url,
  width,
  height,
  points,
  onPoints,
  metres,
  onMetres,
  focusLength = false,
}: {
  url: string;
  width: number;
  height: number;
  points: readonly Point[];
  onPoints: (points: Point[]) => void;
  metres: string;
  onMetres: (metres: string) => void;
  /** Starts in the length field (the dialog has nothing to choose first). */
  focusLength?: boolean;
}) {
  const { t } = useI18n();
  return (
    <>
      <p className="plan-note">{t('plan.scaleHelp')}</p>
      <ScalePicker url={url} width={width} height={height} points={points} onPoints={onPoints} />
      <div className="plan-scale-row">
        <label className="field">
          <span>{t('plan.scaleLength')}</span>
          {/* autoFocus, not the dialog's data-autofocus: an imported picture is read after the dialog opens. */}
          <input
            inputMode="decimal"
            value={metres}
            onChange={(e) => onMetres(e.target.value)}
            autoFocus={focusLength}
          />
        </label>
        {points.length > 0 && (
          <button type="button" className="button-quiet" onClick={() => onPoints([])}>
            {t('plan.clearLine')}
          </button>
        )}
      </div>
    </>
  );
}
