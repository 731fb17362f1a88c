import type { EntranceKind, EntranceState } from '../domain/entranceValues';
import type { ObservationCategory } from '../domain/patrols';
import type { crossingSubjects } from '../domain/logs';
import type { Point } from '../domain/common';
import type { RoundStatus } from '../rules/patrolStatus';
import type { StaffingLevel } from '../rules/staffing';
import type { StateCounts } from '../rules/upgradeProgress';

/**
 * What the wall screen shows, and all it is given: the read model of the room's screen.
 * It is built field by field from the store's rows (wallModel.ts), never by spreading a
 * row, and holds no private field: no phone number, no resident, no request's details,
 * no free text a person typed about someone (notes, reasons, incident texts, who crossed).
 * `PrivateKeysOf<WallPicture>` below must stay `never`: a field of that name added
 * anywhere in the model, or a store row (a Person, an Entrance, an Incident) put in it
 * whole, fails the type check before any test runs.
 */

export interface WallSite {
  name: string;
  timeZone: string;
  /** Day N of the closure (封控第 N 天); null before it began. */
  closureDay: number | null;
}

export interface WallShift {
  id: string;
  name: string | null;
  startsAt: number;
  endsAt: number;
  leaderName: string | null;
  /** The shift that takes over next, if one is planned. */
  next: { name: string | null; startsAt: number } | null;
}

export interface WallEntrance {
  id: string;
  number: number;
  name: string;
  kind: EntranceKind;
  state: EntranceState;
  position: Point;
  /** The state the closure plan asks of it, when it is in another. */
  offPlan: EntranceState | null;
}

export interface WallPost {
  id: string;
  name: string;
  position: Point;
  minimum: number;
  /** How many stand there in the current shift. */
  filled: number;
  level: StaffingLevel;
  /** Names only (the shift's leader first), and whether each has checked in and not out. */
  people: Array<{ name: string; present: boolean }>;
}

export interface WallCheckpoint {
  id: string;
  name: string;
  position: Point;
}

export interface WallRoute {
  id: string;
  name: string;
  checkpoints: WallCheckpoint[];
}

export interface WallRound {
  /** The route and due time: a round not started yet has no row of its own. */
  id: string;
  routeId: string;
  routeName: string;
  dueAt: number;
  status: RoundStatus;
  lateMinutes: number;
  startedAt: number | null;
  /** Asked checkpoints in order, and which of them have been reached. */
  checkpoints: Array<{ id: string; name: string; reached: boolean }>;
}

export interface WallRounds {
  routes: WallRoute[];
  /** The round out now, if one is. */
  underWay: WallRound | null;
  /** Rounds flagged in the current shift: late, missed, out too long, incomplete. */
  flagged: WallRound[];
  /** Today's rounds due so far: started in time, started late, missed. */
  today: { due: number; onTime: number; late: number; missed: number };
}

export interface WallIncident {
  id: string;
  openedAt: number;
  category: ObservationCategory;
}

/** A trip out through the main passage not back yet: what went (a kind), when, where. */
export interface WallTrip {
  id: string;
  at: number;
  subjectKind: (typeof crossingSubjects)[number];
  entranceName: string;
}

export interface WallCrossingHour {
  /** Local hour of the day, 0–23. */
  hour: number;
  in: number;
  out: number;
}

export interface WallPicture {
  site: WallSite;
  shift: WallShift | null;
  entrances: WallEntrance[];
  posts: WallPost[];
  rounds: WallRounds;
  incidents: WallIncident[];
  trips: WallTrip[];
  upgrades: StateCounts;
  crossings: WallCrossingHour[];
}

/**
 * Field names that carry private data somewhere in the store: a person's phone, a
 * service request's resident and details, and free text typed about people (notes,
 * reasons, who crossed, incident texts and outcomes, who authorised a crossing).
 */
export type PrivateField =
  | 'phone'
  | 'resident'
  | 'details'
  | 'note'
  | 'notes'
  | 'reason'
  | 'subject'
  | 'text'
  | 'outcome'
  | 'authorisedBy'
  | 'personIds'
  | 'checks';

/** Every private field name found anywhere inside T (never, when there is none). */
export type PrivateKeysOf<T> = T extends readonly (infer U)[]
  ? PrivateKeysOf<U>
  : T extends object
    ? Extract<keyof T, PrivateField> | { [K in keyof T]-?: PrivateKeysOf<T[K]> }[keyof T]
    : never;

/** Holds by the type check alone: the wall's model has no private field, however deep. */
export const wallPictureIsFreeOfPrivateFields: [PrivateKeysOf<WallPicture>] extends [never] ? true : false = true;
