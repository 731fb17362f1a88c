import { describe, expect, it } from 'vitest';
import { commandAreas } from './commandAreas';

const commands = commandAreas.flatMap((list) => Object.values(list));

describe('the command lists', () => {
  it('give each command one name, meaning one thing, across every area', () => {
    const names = commands.map((c) => c.commandName);
    expect(new Set(names).size).toBe(names.length);
  });

  it('name the area and the tables of every command, as the list says', () => {
    for (const list of commandAreas) {
      for (const [key, command] of Object.entries(list)) {
        expect(command.commandName).toBe(key);
        expect(command.area).toMatch(/^[a-zA-Z]+$/);
        expect(command.tables.length).toBeGreaterThan(0);
      }
    }
  });

  it('list what the app can change, area by area', () => {
    const byArea = Object.fromEntries(
      commandAreas.map((list) => {
        const first = Object.values(list)[0];
        return [first?.area ?? '', Object.keys(list)];
      }),
    );
    expect(byArea).toEqual({
      session: ['signOn', 'setLanguage', 'setTheme', 'setWallTheme'],
      seed: ['seedFirstSite'],
      backup: ['restoreSite', 'deleteSite', 'switchSite', 'noteBackup'],
      entrances: ['setEntranceState'],
      perimeter: ['createUpgradeItem', 'updateUpgradeItem', 'advanceUpgradeItem', 'deleteUpgradeItem'],
      mapEdit: [
        'movePoint',
        'updateWorkGeometry',
        'moveWorkSymbol',
        'createWork',
        'deleteWork',
        'restoreWork',
        'placeEntrance',
        'placePost',
        'placeCheckpoint',
        'unplace',
      ],
      plan: ['replacePlan', 'setPlanScale'],
      settings: ['resetToDemo', 'startEmptySite'],
      board: [
        'assignPerson',
        'unassignPerson',
        'moveAssignment',
        'setShiftLeader',
        'generateShifts',
        'removeShift',
        'copyDay',
      ],
      handover: ['addHandoverNote', 'setHandoverNoteDone'],
      patterns: ['createPattern', 'updatePattern', 'setShiftRules'],
      people: ['createPerson', 'updatePerson', 'standDownPerson', 'reinstatePerson', 'createGroup', 'updateGroup'],
      duty: ['checkIn', 'checkOut', 'clearCheckIn', 'clearCheckOut', 'swapPerson'],
      peopleIO: ['importPeople'],
      patrolWatch: ['logMissedRound'],
      patrolRounds: ['startRound', 'reachCheckpoint', 'skipCheckpoint', 'endRound', 'raiseIncident'],
      patrolRoutes: [
        'createRoute',
        'updateRoute',
        'setPatrolRules',
        'addCheckpoint',
        'updateCheckpoint',
        'moveCheckpoint',
        'removeCheckpoint',
      ],
      log: ['addEntry', 'correctEntry', 'openIncident', 'closeIncident'],
      crossings: ['recordCrossing'],
      sheets: ['issue'],
    });
  });
});
