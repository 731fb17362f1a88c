import { useI18n } from '../../i18n/useI18n';
import { ErrorMessage } from '../../ui/ErrorMessage';
import type { PrintOutput, PrintProgress } from './usePrintSheet';

/**
 * The print buttons and what the last print did. The desktop app saves a PDF or prints;
 * a browser opens the sheet in a window whose print dialog does both.
 */
export function PrintActions({
  host,
  disabled,
  onPrint,
  progress,
  error,
}: {
  host: 'electron' | 'browser';
  disabled: boolean;
  onPrint: (output: PrintOutput) => void;
  progress: PrintProgress | null;
  error: string | null;
}) {
  const { t } = useI18n();
  return (
    <div className="sheets-actions">
      <div className="sheets-buttons">
        {host === 'electron' ? (
          <>
            <button type="button" className="button-primary" disabled={disabled} onClick={() => onPrint('pdf')}>
              {t('sheets.action.pdf')}
            </button>
            <button type="button" className="button-secondary" disabled={disabled} onClick={() => onPrint('printer')}>
              {t('sheets.action.print')}
            </button>
          </>
        ) : (
          <button type="button" className="button-primary" disabled={disabled} onClick={() => onPrint('pdf')}>
            {t('sheets.action.browserPrint')}
          </button>
        )}
      </div>
      <Outcome progress={progress} host={host} />
      <ErrorMessage message={error} />
    </div>
  );
}

function Outcome({ progress, host }: { progress: PrintProgress | null; host: 'electron' | 'browser' }) {
  const { t } = useI18n();
  if (!progress) return null;
  const kind = t(`sheets.kind.${progress.choice.kind}`);
  const { number } = progress;
  if (progress.phase === 'working') {
    return (
      <p role="status" aria-busy="true">
        {t('sheets.action.working', { kind, number })}
      </p>
    );
  }
  const { result } = progress;
  if (!result.done) {
    const text =
      result.reason === 'cancelled'
        ? t('sheets.result.cancelled', { number })
        : result.message === 'popup-blocked'
          ? t('sheets.result.popupBlocked')
          : t('sheets.result.failed', { message: result.message });
    return <p role={result.reason === 'cancelled' ? 'status' : 'alert'}>{text}</p>;
  }
  const lines: string[] = [];
  if (host === 'browser') lines.push(t('sheets.result.browser', { kind, number }));
  else if (result.savedTo !== null) lines.push(t('sheets.result.saved', { kind, number, path: result.savedTo }));
  else lines.push(t('sheets.result.printed', { kind, number }));
  if (result.archivedAs !== null) lines.push(t('sheets.result.archived', { name: result.archivedAs }));
  return <p role="status">{lines.join(' ')}</p>;
}
