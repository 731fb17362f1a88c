import { systemClock } from '../../shared/time/clock';
import type { CordonDb } from '../db/CordonDb';
import { LiveReads } from '../db/live/LiveReads';
import { requestPersistence } from '../db/openDb';
import { getBridge } from '../host/bridge';
import type { Services } from '../services/ServicesContext';

/** What every page of the app (the app, the wall, the print page) runs on: one window's store, live reads, clock and host. */
export function windowServices(db: CordonDb): Services {
  return {
    db,
    live: new LiveReads(db),
    clock: systemClock,
    bridge: getBridge(),
    persistence: requestPersistence(),
  };
}
