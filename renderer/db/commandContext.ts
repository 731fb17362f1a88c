import type { Clock } from '../../shared/time/clock';
import type { CordonDb } from './CordonDb';
import type { CommittedRows } from './live/committedRows';

/** What every command needs: the store and the clock. The operator is read from the store. */
export interface CommandContext {
  db: CordonDb;
  clock: Clock;
  /** The window's live reads, shown what a command committed at once (the app's services have them; tests need not). */
  live?: { showCommitted: (rows: CommittedRows) => void };
}
