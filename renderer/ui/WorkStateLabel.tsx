import type { WorkState } from '../../shared/domain';
import { useI18n } from '../i18n/useI18n';

/**
 * A work state as a shape that fills up as the work goes on (dashed ring, half disc,
 * full disc, disc with a tick), so it reads in black and white and for colour-blind
 * eyes; the colour, set by CSS per theme, only helps.
 */
export function WorkStateSymbol({ state, size = 20 }: { state: WorkState; size?: number }) {
  return (
    <svg
      viewBox="0 0 24 24"
      width={`${size / 16}em`}
      height={`${size / 16}em`}
      className={`work-symbol work-state-${state}`}
      aria-hidden="true"
      data-state={state}
    >
      {state === 'planned' && <circle cx="12" cy="12" r="9" className="work-symbol-ring" strokeDasharray="4 3" />}
      {state === 'under-way' && (
        <>
          <circle cx="12" cy="12" r="9" className="work-symbol-ring" />
          <path d="M12 3 A9 9 0 0 0 12 21 Z" className="work-symbol-fill" />
        </>
      )}
      {(state === 'done' || state === 'checked') && <circle cx="12" cy="12" r="10.25" className="work-symbol-fill" />}
      {state === 'checked' && <path d="M7 12.5 L10.5 16 L17 8.5" className="work-symbol-tick" />}
    </svg>
  );
}

export function WorkStateLabel({ state }: { state: WorkState }) {
  const { t } = useI18n();
  return (
    <span className={`state-label work-state-label work-state-${state}`} data-testid="work-state">
      <WorkStateSymbol state={state} />
      <span>{t(`workState.${state}`)}</span>
    </span>
  );
}
