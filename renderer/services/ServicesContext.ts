import { createContext } from 'react';
import type { CordonBridge } from '../../shared/bridge/contract';
import type { Clock } from '../../shared/time/clock';
import type { CordonDb } from '../db/CordonDb';
import type { LiveReads } from '../db/live/LiveReads';

/**
 * What the screens are given instead of reaching for globals: the store, the window's
 * live reads of it, the clock and the host. Made once per window at start (main.tsx);
 * a test makes its own.
 */
export interface Services {
  db: CordonDb;
  live: LiveReads;
  clock: Clock;
  bridge: CordonBridge;
  /** Whether the browser promised to keep our data; asked at start, answered later. */
  persistence: Promise<boolean>;
}

export const ServicesContext = createContext<Services | null>(null);
