import type { CommandInfo } from '../db/command';
import { backupCommands } from '../db/backup/backupCommands';
import { seedCommands } from '../db/seed';
import { sessionCommands } from '../db/session';
import { entranceCommands } from '../features/entrances/commands';
import { mapEditCommands } from '../features/map/edit/commands';
import { planCommands } from '../features/map/planImport/commands';
import { perimeterCommands } from '../features/perimeter/commands';
import { settingsCommands } from '../features/settings/commands';
import { boardCommands } from '../features/shifts/board/commands';
import { handoverCommands } from '../features/shifts/notes/commands';
import { patternCommands } from '../features/shifts/patterns/commands';
import { peopleCommands } from '../features/shifts/people/commands';
import { dutyCommands } from '../features/shifts/duty/commands';
import { peopleIOCommands } from '../features/shifts/peopleIO/commands';
import { missedRoundCommands } from '../features/patrols/missed/commands';
import { roundCommands } from '../features/patrols/record/commands';
import { patrolRouteCommands } from '../features/patrols/routes/commands';
import { logCommands } from '../features/log/activity/commands';
import { crossingCommands } from '../features/log/entrances/commands';
import { sheetCommands } from '../features/sheets/commands';

/**
 * What this app can change, area by area: every command list. Nothing writes to the
 * store but these (lint refuses writes elsewhere). The screens load their lists on
 * first use; this one is for the docs and the tests, not imported by the app itself.
 */
export const commandAreas: readonly Readonly<Record<string, CommandInfo>>[] = [
  sessionCommands,
  seedCommands,
  backupCommands,
  entranceCommands,
  perimeterCommands,
  mapEditCommands,
  planCommands,
  settingsCommands,
  boardCommands,
  handoverCommands,
  patternCommands,
  peopleCommands,
  dutyCommands,
  peopleIOCommands,
  missedRoundCommands,
  roundCommands,
  patrolRouteCommands,
  logCommands,
  crossingCommands,
  sheetCommands,
];
