import { createContext, useContext } from 'react';
import type { CordonBridge } from '../../shared/bridge/contract';
import type { Clock } from '../../shared/time/clock';
import type { CordonDb } from '../db/CordonDb';

/** What the screens are given instead of reaching for globals: the store, the clock, the host. */
export interface Services {
  db: CordonDb;
  clock: Clock;
  bridge: CordonBridge;
  /** Whether the browser promised to keep our data; asked at start, answered later. */
  persistence: Promise<boolean>;
}

export const ServicesContext = createContext<Services | null>(null);

export function useServices(): Services {
  const s = useContext(ServicesContext);
  if (!s) throw new Error('useServices outside ServicesContext');
  return s;
}
