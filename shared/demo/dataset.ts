import type {
  ActivityLogEntry,
  Assignment,
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
  ServiceRequest,
  Shift,
  ShiftPattern,
  Site,
  UpgradeItem,
} from '../domain';

/**
 * Everything that belongs to one site, as plain rows: what the demo builder and the
 * year generator produce and what a seed writes into the store in one transaction.
 * Keys match the store's table names.
 */
export interface SiteDataset {
  sites: Site[];
  entrances: Entrance[];
  posts: Post[];
  perimeterWorks: PerimeterWork[];
  upgradeItems: UpgradeItem[];
  groups: Group[];
  people: Person[];
  shiftPatterns: ShiftPattern[];
  shifts: Shift[];
  assignments: Assignment[];
  patrolRoutes: PatrolRoute[];
  checkpoints: Checkpoint[];
  patrols: Patrol[];
  checkpointVisits: CheckpointVisit[];
  entranceLog: EntranceLogEntry[];
  activityLog: ActivityLogEntry[];
  incidents: Incident[];
  serviceRequests: ServiceRequest[];
  handoverNotes: HandoverNote[];
}

export type SiteTable = keyof SiteDataset;

export const siteTables: readonly SiteTable[] = [
  'sites',
  'entrances',
  'posts',
  'perimeterWorks',
  'upgradeItems',
  'groups',
  'people',
  'shiftPatterns',
  'shifts',
  'assignments',
  'patrolRoutes',
  'checkpoints',
  'patrols',
  'checkpointVisits',
  'entranceLog',
  'activityLog',
  'incidents',
  'serviceRequests',
  'handoverNotes',
];

export function emptyDataset(): SiteDataset {
  return {
    sites: [],
    entrances: [],
    posts: [],
    perimeterWorks: [],
    upgradeItems: [],
    groups: [],
    people: [],
    shiftPatterns: [],
    shifts: [],
    assignments: [],
    patrolRoutes: [],
    checkpoints: [],
    patrols: [],
    checkpointVisits: [],
    entranceLog: [],
    activityLog: [],
    incidents: [],
    serviceRequests: [],
    handoverNotes: [],
  };
}
