import type { z } from 'zod';
import {
  activityLogEntrySchema,
  assignmentSchema,
  checkpointSchema,
  checkpointVisitSchema,
  entranceLogEntrySchema,
  entranceSchema,
  groupSchema,
  handoverNoteSchema,
  patrolRouteSchema,
  patrolSchema,
  perimeterWorkSchema,
  personSchema,
  postSchema,
  serviceRequestSchema,
  shiftPatternSchema,
  shiftSchema,
  siteSchema,
  upgradeItemSchema,
} from '../domain';
import type { SiteTable } from './dataset';

/** The schema every row of each table must parse with. */
export const siteTableSchemas: Readonly<Record<SiteTable, z.ZodType>> = {
  sites: siteSchema,
  entrances: entranceSchema,
  posts: postSchema,
  perimeterWorks: perimeterWorkSchema,
  upgradeItems: upgradeItemSchema,
  groups: groupSchema,
  people: personSchema,
  shiftPatterns: shiftPatternSchema,
  shifts: shiftSchema,
  assignments: assignmentSchema,
  patrolRoutes: patrolRouteSchema,
  checkpoints: checkpointSchema,
  patrols: patrolSchema,
  checkpointVisits: checkpointVisitSchema,
  entranceLog: entranceLogEntrySchema,
  activityLog: activityLogEntrySchema,
  serviceRequests: serviceRequestSchema,
  handoverNotes: handoverNoteSchema,
};
