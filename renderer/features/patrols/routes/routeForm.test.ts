import { describe, expect, it } from 'vitest';
import { routeRow } from '../../../../shared/domain/testing/rows';
import { blankRoute, readAllowances, readRoute, readTimes, routeValuesOf } from './routeForm';

describe('the route form', () => {
  it('reads fixed times typed loosely as sorted HH:mm without repeats', () => {
    expect(readTimes('22:00, 8:00 14：00、08:00')).toEqual(['08:00', '14:00', '22:00']);
    expect(readTimes('00:00,23:59')).toEqual(['00:00', '23:59']);
    expect(readTimes('24:00')).toBeNull();
    expect(readTimes('8点')).toBeNull();
    expect(readTimes('')).toEqual([]);
  });

  it('reads a fixed-times route, keeping the interval it had', () => {
    expect(readRoute({ ...blankRoute, name: ' 夜巡 ', timetable: 'fixed', order: 'shuffled' }, 30)).toEqual({
      fields: {
        name: '夜巡',
        intervalMinutes: 60,
        fixedTimes: ['08:00', '14:00', '22:00'],
        expectedMinutes: 25,
        people: 2,
        order: 'shuffled',
        active: true,
      },
    });
  });

  it('refuses each bad field with its own message, at both edges', () => {
    expect(
      readRoute({ ...blankRoute, name: 'x', intervalMinutes: '5', expectedMinutes: '1440', people: '20' }),
    ).toHaveProperty('fields');
    expect(readRoute({ ...blankRoute, name: '', intervalMinutes: '4', expectedMinutes: '1441', people: '21' })).toEqual(
      {
        errors: {
          name: 'patrolRoutes.error.name',
          intervalMinutes: 'patrolRoutes.error.interval',
          expectedMinutes: 'patrolRoutes.error.expected',
          people: 'patrolRoutes.error.people',
        },
      },
    );
    expect(readRoute({ ...blankRoute, name: 'x', timetable: 'fixed', fixedTimes: '8:00, 25:00' })).toEqual({
      errors: { fixedTimes: 'patrolRoutes.error.times' },
    });
    expect(readRoute({ ...blankRoute, name: 'x', people: '0', expectedMinutes: '1.5' })).toEqual({
      errors: { people: 'patrolRoutes.error.people', expectedMinutes: 'patrolRoutes.error.expected' },
    });
  });

  it('opens an interval route with the sample fixed times ready to switch to', () => {
    expect(routeValuesOf(routeRow('r1'))).toMatchObject({ timetable: 'interval', intervalMinutes: '60' });
    expect(routeValuesOf(routeRow('r1', { fixedTimes: ['06:00', '18:00'] }))).toMatchObject({
      timetable: 'fixed',
      fixedTimes: '06:00, 18:00',
    });
  });

  it('reads allowances of 0 and 120, refusing -1 and 121 per field', () => {
    expect(readAllowances({ startGraceMinutes: '0', overrunGraceMinutes: '120' })).toEqual({
      rules: { startGraceMinutes: 0, overrunGraceMinutes: 120 },
    });
    expect(readAllowances({ startGraceMinutes: '-1', overrunGraceMinutes: '121' })).toEqual({
      errors: {
        startGraceMinutes: 'patrolRoutes.error.startGrace',
        overrunGraceMinutes: 'patrolRoutes.error.overrunGrace',
      },
    });
  });
});
