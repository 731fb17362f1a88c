/**
 * The closing row of a dialog: a quiet "cancel" (when it can be cancelled), then its one
 * action. The action submits the dialog's form unless it has `onConfirm`; `danger` marks
 * one that deletes or replaces; `focusCancel` starts the focus on cancel, for those.
 */
export function DialogActions({
  cancel,
  onCancel,
  confirm,
  onConfirm,
  disabled = false,
  danger = false,
  focusCancel = false,
}: {
  cancel?: string | undefined;
  onCancel?: (() => void) | undefined;
  confirm?: string | undefined;
  onConfirm?: (() => void) | undefined;
  disabled?: boolean;
  danger?: boolean;
  focusCancel?: boolean;
}) {
  return (
    <div className="dialog-actions">
      {cancel !== undefined && onCancel && (
        <button type="button" className="button-quiet" onClick={onCancel} data-autofocus={focusCancel || undefined}>
          {cancel}
        </button>
      )}
      {confirm !== undefined && (
        <button
          type={onConfirm ? 'button' : 'submit'}
          className={danger ? 'button-danger' : 'button-primary'}
          disabled={disabled}
          onClick={onConfirm}
        >
          {confirm}
        </button>
      )}
    </div>
  );
}
