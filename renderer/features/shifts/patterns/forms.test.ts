import { describe, expect, it } from 'vitest';
import { patternTemplate, patternValuesOf, readPattern } from './patternForm';
import { readRules, rulesValuesOf } from './rulesForm';

const names = { night: '夜班', day: '白班', evening: '晚班' };

describe('the pattern form', () => {
  it('reads the three-shift template as the demo’s slots', () => {
    expect(readPattern({ ...patternTemplate('three', names), name: '三班倒' })).toEqual({
      name: '三班倒',
      slots: [
        { name: '夜班', startMinute: 0, durationMinutes: 480 },
        { name: '白班', startMinute: 480, durationMinutes: 480 },
        { name: '晚班', startMinute: 960, durationMinutes: 480 },
      ],
    });
  });

  it('reads a night slot crossing midnight and half hours, and shows a pattern back as typed', () => {
    const read = readPattern({ name: '两班', slots: [{ name: '夜', start: '22:00', hours: '10,5' }] });
    expect(read).toEqual({ name: '两班', slots: [{ name: '夜', startMinute: 1320, durationMinutes: 630 }] });
    expect(patternValuesOf({ name: '两班', slots: [{ name: '夜', startMinute: 1320, durationMinutes: 630 }] })).toEqual(
      {
        name: '两班',
        slots: [{ name: '夜', start: '22:00', hours: '10.5' }],
      },
    );
  });

  it('names each wrong field: no name, a bad time, hours out of 0.5–24', () => {
    const read = readPattern({
      name: ' ',
      slots: [
        { name: '', start: '25:00', hours: '0.4' },
        { name: '白班', start: '08:00', hours: '24' },
        { name: '晚班', start: '8', hours: '24.1' },
      ],
    });
    expect(read).toEqual({
      errors: {
        name: 'patterns.error.nameRequired',
        slots: [
          { name: 'patterns.error.slotName', start: 'patterns.error.start', hours: 'patterns.error.hours' },
          {},
          { start: 'patterns.error.start', hours: 'patterns.error.hours' },
        ],
      },
    });
    expect(readPattern({ name: 'x', slots: [{ name: 'a', start: '00:00', hours: '0.5' }] })).toEqual({
      name: 'x',
      slots: [{ name: 'a', startMinute: 0, durationMinutes: 30 }],
    });
  });
});

describe('the rules form', () => {
  it('reads hours into minutes, at both ends of each range', () => {
    expect(readRules({ minRestHours: '0', maxHoursPer24h: '24', lateGraceMinutes: '120' })).toEqual({
      rules: { minRestMinutes: 0, maxMinutesPer24h: 1440, lateGraceMinutes: 120 },
    });
    expect(readRules({ minRestHours: '24', maxHoursPer24h: '1', lateGraceMinutes: '0' })).toEqual({
      rules: { minRestMinutes: 1440, maxMinutesPer24h: 60, lateGraceMinutes: 0 },
    });
    expect(rulesValuesOf({ minRestMinutes: 450, maxMinutesPer24h: 720, lateGraceMinutes: 15 })).toEqual({
      minRestHours: '7.5',
      maxHoursPer24h: '12',
      lateGraceMinutes: '15',
    });
  });

  it('refuses a rest of -1 or 100 hours, no hours, and a grace in fractions, naming each field', () => {
    expect(readRules({ minRestHours: '-1', maxHoursPer24h: '0.5', lateGraceMinutes: '2.5' })).toEqual({
      errors: {
        minRestHours: 'patterns.error.rest',
        maxHoursPer24h: 'patterns.error.maxHours',
        lateGraceMinutes: 'patterns.error.grace',
      },
    });
    expect(readRules({ minRestHours: '100', maxHoursPer24h: '', lateGraceMinutes: '121' })).toEqual({
      errors: {
        minRestHours: 'patterns.error.rest',
        maxHoursPer24h: 'patterns.error.maxHours',
        lateGraceMinutes: 'patterns.error.grace',
      },
    });
  });
});
