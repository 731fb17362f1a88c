import type { Table } from 'dexie';
import type { CordonDb } from '../../../db/CordonDb';

/** Every table a sheet reads: one read-only transaction over them all is one moment of the store. */
export const sheetTables = (db: CordonDb): Table[] => [
  db.sites,
  db.settings,
  db.printedSheets,
  db.shifts,
  db.people,
  db.posts,
  db.assignments,
  db.entrances,
  db.audit,
  db.patrolRoutes,
  db.checkpoints,
  db.patrols,
  db.checkpointVisits,
  db.incidents,
  db.entranceLog,
  db.upgradeItems,
  db.serviceRequests,
  db.handoverNotes,
  db.activityLog,
];
