import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  /** Dexie store definitions: primary key first, then indexes. */
  stores: Record<string, string | null>;
  /** A named function, with a comment on why, when existing rows must change. */
  upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * Append a new entry for every schema change; never edit a released one. Every user's
 * data lives under these definitions.
 */
export const schemaVersions: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      sites: 'id',
      entrances: 'id, siteId, [siteId+number]',
      posts: 'id, siteId, entranceId, [siteId+order]',
      perimeterWorks: 'id, siteId, [siteId+kind]',
      upgradeItems: 'id, siteId, workId, [siteId+state]',
      groups: 'id, siteId, [siteId+order]',
      people: 'id, siteId, groupId, [siteId+name]',
      shiftPatterns: 'id, siteId',
      shifts: 'id, siteId, [siteId+startsAt], [siteId+endsAt]',
      assignments: 'id, siteId, shiftId, postId, personId',
      patrolRoutes: 'id, siteId',
      checkpoints: 'id, siteId, [routeId+order]',
      patrols: 'id, siteId, [siteId+dueAt], [routeId+dueAt]',
      checkpointVisits: 'id, siteId, patrolId',
      entranceLog: 'id, siteId, [siteId+at], [entranceId+at], pairId',
      activityLog: 'id, siteId, [siteId+at]',
      serviceRequests: 'id, siteId, [siteId+state], [siteId+createdAt]',
      handoverNotes: 'id, siteId, shiftId, [siteId+at]',
      settings: 'key',
      audit: '++seq, at, [siteId+seq], [table+entityId]',
      planAssets: 'key, siteId',
    },
  },
];

export const currentSchemaVersion = schemaVersions.reduce((v, s) => Math.max(v, s.version), 0);
