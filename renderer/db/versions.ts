import type { Transaction } from 'dexie';
import { defaultPatrolRules } from '../../shared/domain/patrols';
import { defaultShiftRules } from '../../shared/domain/site';
import { chainExistingAudit } from './auditChain';

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
  {
    version: 2,
    stores: {
      // The board reads a week's shifts by site and start, and a person's assignments to check rest.
      assignments: 'id, siteId, shiftId, postId, personId, replacesId',
    },
    upgrade: addShiftPlanningFields,
  },
  {
    version: 3,
    stores: {
      // The log shows a correction with the entry it corrects, and open incidents on top.
      activityLog: 'id, siteId, [siteId+at], correctsId',
      incidents: 'id, siteId, [siteId+state], [siteId+openedAt]',
    },
    upgrade: addPatrolRecordingFields,
  },
  {
    version: 4,
    stores: {
      // Printed sheets, numbered per site: the next number is the last by this index plus
      // one, and the index is unique, so the store itself refuses a number given twice.
      printedSheets: 'id, siteId, &[siteId+number]',
    },
  },
  {
    version: 5,
    stores: {
      // The audit trail as one hash chain per site: a row is linked after the last row of
      // its chain, found by this index (shared/audit/auditChain.ts).
      audit: '++seq, at, [siteId+seq], [table+entityId], [chain+seq]',
    },
    upgrade: chainExistingAudit,
  },
];

/**
 * The guard-shift screens need, on rows made before them: a person's notes and whether
 * they are stood down, a group's leader, the name a shift was made with (so changing a
 * pattern renames no shift), the assignment a swap replaced, a handover note's done
 * mark, and the site's thresholds for the board's checks.
 */
async function addShiftPlanningFields(tx: Transaction): Promise<void> {
  await tx
    .table('sites')
    .toCollection()
    .modify((site: Record<string, unknown>) => {
      site.shiftRules ??= { ...defaultShiftRules };
    });
  await tx
    .table('people')
    .toCollection()
    .modify((p: Record<string, unknown>) => {
      p.notes ??= '';
      p.active ??= true;
    });
  await tx
    .table('groups')
    .toCollection()
    .modify((g: Record<string, unknown>) => {
      g.leaderId ??= null;
    });
  const patterns = new Map<string, { slots: { name: string }[] }>();
  await tx.table('shiftPatterns').each((p: { id: string; slots: { name: string }[] }) => patterns.set(p.id, p));
  await tx
    .table('shifts')
    .toCollection()
    .modify((s: Record<string, unknown>) => {
      const slots = patterns.get(String(s.patternId))?.slots;
      s.name ??= (typeof s.slotIndex === 'number' ? slots?.[s.slotIndex]?.name : undefined) ?? String(s.date);
    });
  await tx
    .table('assignments')
    .toCollection()
    .modify((a: Record<string, unknown>) => {
      a.replacesId ??= null;
    });
  await tx
    .table('handoverNotes')
    .toCollection()
    .modify((n: Record<string, unknown>) => {
      n.doneAt ??= null;
      n.doneBy ??= '';
    });
}

/**
 * Recording rounds needs, on rows made before it: a route's timetable, crew and order,
 * from when its rounds are due; a checkpoint's checks and whether it is still on the
 * route; the name and checkpoints a round was asked (so editing the route rewrites no
 * round); whether a visit was reached or skipped and what an observation is about; when
 * a log entry was written down and what it corrects; and the site's patrol allowances.
 */
async function addPatrolRecordingFields(tx: Transaction): Promise<void> {
  const closures = new Map<string, number>();
  await tx
    .table('sites')
    .toCollection()
    .modify((site: Record<string, unknown>) => {
      site.patrolRules ??= { ...defaultPatrolRules };
      closures.set(String(site.id), Number(site.closureStartedAt ?? site.createdAt ?? 0));
    });
  const routes = new Map<string, { name: string; order: string }>();
  await tx
    .table('patrolRoutes')
    .toCollection()
    .modify((r: Record<string, unknown>) => {
      r.fixedTimes ??= [];
      r.people ??= 2;
      r.order ??= 'fixed';
      r.startsAt ??= closures.get(String(r.siteId)) ?? 0;
      routes.set(String(r.id), { name: String(r.name), order: String(r.order) });
    });
  const checkpoints = new Map<string, { id: string; name: string; checks: string; order: number }[]>();
  await tx
    .table('checkpoints')
    .toCollection()
    .modify((c: Record<string, unknown>) => {
      c.checks ??= '';
      c.active ??= true;
      const list = checkpoints.get(String(c.routeId)) ?? [];
      list.push({ id: String(c.id), name: String(c.name), checks: String(c.checks), order: Number(c.order) });
      checkpoints.set(String(c.routeId), list);
    });
  for (const list of checkpoints.values()) list.sort((a, b) => a.order - b.order);
  await tx
    .table('patrols')
    .toCollection()
    .modify((p: Record<string, unknown>) => {
      const route = routes.get(String(p.routeId));
      p.routeName ??= route?.name ?? '—';
      p.checkpoints ??= (checkpoints.get(String(p.routeId)) ?? []).map(({ id, name, checks }) => ({
        id,
        name,
        checks,
      }));
      p.ordered ??= route?.order !== 'any';
    });
  await tx
    .table('checkpointVisits')
    .toCollection()
    .modify((v: Record<string, unknown>) => {
      v.status ??= 'reached';
      v.category ??= v.observation === 'observation' ? 'other' : null;
    });
  await tx
    .table('activityLog')
    .toCollection()
    .modify((e: Record<string, unknown>) => {
      e.recordedAt ??= e.at;
      e.correctsId ??= null;
      e.incidentId ??= null;
    });
}

export const currentSchemaVersion = schemaVersions.reduce((v, s) => Math.max(v, s.version), 0);
