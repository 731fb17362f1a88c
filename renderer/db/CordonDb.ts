import { Dexie, type Table } from 'dexie';
import type {
  ActivityLogEntry,
  Assignment,
  AuditEntry,
  Checkpoint,
  CheckpointVisit,
  Entrance,
  EntranceLogEntry,
  Group,
  HandoverNote,
  Incident,
  Patrol,
  PatrolRoute,
  PerimeterWork,
  Person,
  Post,
  PrintedSheet,
  ServiceRequest,
  SettingRow,
  Shift,
  ShiftPattern,
  Site,
  UpgradeItem,
} from '../../shared/domain';
import { schemaVersions } from './versions';

/** An imported picture of a site plan, kept apart from the site row so the row stays small. */
export interface PlanAsset {
  key: string;
  siteId: string;
  mimeType: string;
  data: Blob;
  createdAt: number;
}

export const DB_NAME = 'cordon';

/**
 * The one store. Typed tables for the whole domain (shared/domain). Schema versions are
 * declared in versions.ts, appended and never edited.
 */
export class CordonDb extends Dexie {
  sites!: Table<Site, string>;
  entrances!: Table<Entrance, string>;
  posts!: Table<Post, string>;
  perimeterWorks!: Table<PerimeterWork, string>;
  upgradeItems!: Table<UpgradeItem, string>;
  groups!: Table<Group, string>;
  people!: Table<Person, string>;
  shiftPatterns!: Table<ShiftPattern, string>;
  shifts!: Table<Shift, string>;
  assignments!: Table<Assignment, string>;
  patrolRoutes!: Table<PatrolRoute, string>;
  checkpoints!: Table<Checkpoint, string>;
  patrols!: Table<Patrol, string>;
  checkpointVisits!: Table<CheckpointVisit, string>;
  entranceLog!: Table<EntranceLogEntry, string>;
  activityLog!: Table<ActivityLogEntry, string>;
  incidents!: Table<Incident, string>;
  serviceRequests!: Table<ServiceRequest, string>;
  handoverNotes!: Table<HandoverNote, string>;
  printedSheets!: Table<PrintedSheet, string>;
  settings!: Table<SettingRow, string>;
  audit!: Table<AuditEntry, number>;
  planAssets!: Table<PlanAsset, string>;

  /**
   * `upTo` opens at an older schema version: migration tests, and a restore carrying an
   * older file forward (`sibling`).
   */
  constructor(
    name: string = DB_NAME,
    private readonly options: { upTo?: number; indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {},
  ) {
    super(name, {
      // Chromium's default since 121 is "relaxed", which can lose the last writes on power loss.
      chromeTransactionDurability: 'strict',
      ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
      ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    });
    for (const v of schemaVersions) {
      if (options.upTo !== undefined && v.version > options.upTo) break;
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }

  /** Another store of this name on the same IndexedDB, at `upTo` or the current version. */
  sibling(name: string, upTo?: number): CordonDb {
    const { indexedDB, IDBKeyRange } = this.options;
    return new CordonDb(name, {
      ...(indexedDB ? { indexedDB } : {}),
      ...(IDBKeyRange ? { IDBKeyRange } : {}),
      ...(upTo !== undefined ? { upTo } : {}),
    });
  }
}
