import type { Clock } from '../../shared/time/clock';
import type { CordonDb } from './CordonDb';

/** What every command needs: the store and the clock. The operator is read from the store. */
export interface CommandContext {
  db: CordonDb;
  clock: Clock;
}
