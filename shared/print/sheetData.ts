import type {
  ActivityKind,
  EntranceKind,
  EntranceState,
  ObservationCategory,
  Plan,
  PersonUnit,
  requestKinds,
  requestStates,
  WorkState,
} from '../domain';
import type { RoundStatus } from '../rules/patrolStatus';
import type { StaffingLevel } from '../rules/staffing';
import type { SheetKind } from './sheetFiles';

/**
 * What a printed sheet shows: plain data read from the store in one transaction at the
 * moment of printing, so the sheet says exactly what was true then. The print views draw
 * these and nothing else; every name here is what the store holds, as entered.
 */

/** The header every page of every sheet repeats. */
export interface SheetHeader {
  kind: SheetKind;
  siteName: string;
  town: string;
  timeZone: string;
  /** The site's local date the sheet covers, YYYY-MM-DD. */
  date: string;
  /** The shift the sheet is of; null for a sheet of a whole day. */
  shift: { id: string; name: string; startsAt: number; endsAt: number } | null;
  /** The shift's leader (for a day: none). */
  leader: string | null;
  /** The operator on duty when it was printed. */
  operator: string | null;
  printedAt: number;
  /** Unique per site ("0042"); null in the on-screen preview, which is not a printed sheet. */
  sheetNumber: string | null;
  /** 封控第 N 天: the day of the closure at the sheet's time; null when no closure started. */
  closureDay: number | null;
}

export interface SheetEntrance {
  number: number;
  name: string;
  kind: EntranceKind;
  state: EntranceState;
  /** When the entrance took its present state (from the audit); null when the store cannot say. */
  since: number | null;
  x: number;
  y: number;
}

export interface SheetPerson {
  name: string;
  unit: PersonUnit;
  phone: string;
  leader: boolean;
  reserve: boolean;
  checkedInAt: number | null;
  checkedOutAt: number | null;
}

export interface SheetPost {
  /** The post's number on the sheet and on its plan: 1, 2, … in post order. */
  number: number;
  name: string;
  minStaff: number;
  level: StaffingLevel;
  people: SheetPerson[];
  x: number;
  y: number;
}

export interface SheetRound {
  dueAt: number;
  routeName: string;
  /** How many people the route sends. */
  peopleWanted: number;
  /** Who went, once started. */
  names: string[];
  checkpoints: string[];
  status: RoundStatus;
  startedAt: number | null;
  endedAt: number | null;
}

export interface SheetNote {
  at: number;
  author: string;
  text: string;
  doneAt: number | null;
}

export interface SheetOpenItems {
  incidents: { openedAt: number; category: ObservationCategory; text: string }[];
  /** Trips out at the controlled entrance not yet back. */
  trips: { at: number; subject: string; reason: string; entrance: string }[];
  works: { title: string; state: WorkState; responsible: string }[];
  /** Titles only: residents' details never go on the sheet. */
  requests: { title: string; kind: (typeof requestKinds)[number]; state: (typeof requestStates)[number] }[];
  lateRounds: { dueAt: number; routeName: string; status: RoundStatus }[];
}

/** The site plan as the sheet draws it: the plan's picture with entrances and posts numbered. */
export interface SheetPlan {
  plan: Plan;
  entrances: { number: number; state: EntranceState; x: number; y: number }[];
  posts: { number: number; level: StaffingLevel; x: number; y: number }[];
}

export interface ShiftSheetData {
  header: SheetHeader;
  plan: SheetPlan;
  entrances: SheetEntrance[];
  posts: SheetPost[];
  leader: { name: string; phone: string } | null;
  /** Reserve members standing on a post this shift. */
  reserveCallUps: { name: string; phone: string; unit: PersonUnit; post: string }[];
  rounds: SheetRound[];
  open: SheetOpenItems;
  previousShift: { name: string; date: string; notes: SheetNote[] } | null;
  notes: SheetNote[];
  /**
   * The head of the site's audit chain when the sheet was read (the hash of its last audit
   * row, 64 hex digits): the paper names the trail it was printed from, so it can later be
   * checked against the store or a backup.
   */
  auditHead: string;
}

export interface DayRosterData {
  header: SheetHeader;
  shifts: {
    name: string;
    startsAt: number;
    endsAt: number;
    leader: string | null;
    posts: SheetPost[];
  }[];
}

export interface ActivityLogData {
  header: SheetHeader;
  entries: {
    at: number;
    recordedAt: number;
    kind: ActivityKind;
    text: string;
    operator: string;
    /** The entry it corrects, by its time, when it is a correction. */
    correctsAt: number | null;
    enteredLate: boolean;
  }[];
}

export interface PatrolRecordData {
  header: SheetHeader;
  rounds: (SheetRound & {
    visits: {
      checkpoint: string;
      /** When it was reached or reported skipped; null when not reached. */
      at: number | null;
      result: 'all-clear' | 'observation' | 'skipped' | null;
      category: ObservationCategory | null;
      note: string;
    }[];
  })[];
}
