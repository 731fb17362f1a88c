/**
 * A bad file for an importer, and what the importer must do with it. The harness
 * (e2e/support/badFiles.ts) feeds each to the importer as a person would and checks it.
 */

/**
 * - `refused`: the importer says why in a message, in the screen's language, and
 *   nothing is written.
 * - `accepted-as-text`: the file is legitimately importable; what it holds is stored
 *   inert (a name that looks like markup or a formula stays text, a picture has its
 *   scripts and outside references taken out), and rows the importer cannot take are
 *   listed and left out.
 */
export type Outcome = 'refused' | 'accepted-as-text';

interface Common {
  /** Unique within its importer, kebab-case: how a failure is reported. */
  name: string;
  /** The name the file is chosen under; unique within its importer too. */
  fileName: string;
  bytes: Uint8Array;
}

export interface RefusedFile<Reason extends string> extends Common {
  expect: 'refused';
  /** The importer's reason, in its own words: names the message the person must see. */
  reason: Reason;
}

export interface AcceptedFile extends Common {
  expect: 'accepted-as-text';
  /** How many records the import adds (people; 1 for a plan picture). */
  adds: number;
  /** Text the file holds that must be stored and shown exactly as written, never run. */
  shows: readonly string[];
  /** For a picture: whether the importer says it took something out. */
  cleaned?: boolean;
}

export type BadFile<Reason extends string = string> = RefusedFile<Reason> | AcceptedFile;

/** The global a payload in these files sets if it ever runs. */
export const RAN_FLAG = '__badFilesRan';
