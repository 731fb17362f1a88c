import './workProgress.css';

/**
 * Long work (an export, a restore) in progress: a bar that moves, what is being done, and
 * a way to stop it while stopping is safe.
 */
export function WorkProgress({
  text,
  cancel,
  onCancel,
}: {
  text: string;
  cancel?: string | undefined;
  onCancel?: (() => void) | undefined;
}) {
  return (
    <p className="work-progress" role="status" aria-busy="true">
      <progress />
      <span>{text}</span>
      {cancel !== undefined && onCancel && (
        <button type="button" className="button-quiet" onClick={onCancel}>
          {cancel}
        </button>
      )}
    </p>
  );
}
