import { describe, expect, it } from 'vitest';
import { readPlaceForm, type PlaceFormValues } from './placeForm';

const base: PlaceFormValues = {
  name: '出入口7',
  number: '7',
  kind: 'gate',
  state: 'sealed',
  entranceId: '',
  minStaff: '1',
  routeId: '',
};

describe('the place form', () => {
  it('reads a filled entrance and post', () => {
    expect(readPlaceForm(base, 'entrances')).toEqual({ number: 7, minStaff: 1 });
    expect(readPlaceForm({ ...base, minStaff: ' 3 ' }, 'posts')).toMatchObject({ minStaff: 3 });
  });

  it('asks for a name, whatever is placed', () => {
    for (const what of ['entrances', 'posts', 'checkpoints'] as const) {
      expect(readPlaceForm({ ...base, name: '  ' }, what)).toEqual({ errors: { name: 'mapEdit.error.name' } });
    }
  });

  it('refuses an entrance number that is not a whole number above 0, and ignores it for a post', () => {
    for (const number of ['0', '-2', '2.5', '七', '']) {
      expect(readPlaceForm({ ...base, number }, 'entrances')).toEqual({ errors: { number: 'mapEdit.error.number' } });
    }
    expect(readPlaceForm({ ...base, number: '' }, 'posts')).not.toHaveProperty('errors');
  });

  it('refuses a minimum staff outside 0–100 for a post', () => {
    for (const minStaff of ['101', '-1', 'x', '1.5']) {
      expect(readPlaceForm({ ...base, minStaff }, 'posts')).toEqual({ errors: { minStaff: 'mapEdit.error.minStaff' } });
    }
    expect(readPlaceForm({ ...base, minStaff: '0' }, 'posts')).toEqual({ number: 7, minStaff: 0 });
  });
});
