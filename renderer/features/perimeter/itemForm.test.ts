import { describe, expect, it } from 'vitest';
import { formValuesOf, readForm } from './itemForm';

const SH = 'Asia/Shanghai';

describe('the upgrade item form', () => {
  it('reads dates in the site’s zone and round-trips them', () => {
    const read = readForm(
      { ...formValuesOf(null, SH), title: '侧门监控', plannedStart: '2022-04-02T01:30', plannedEnd: '' },
      SH,
    );
    expect(read).toEqual({
      fields: {
        title: '侧门监控',
        workId: null,
        responsible: '',
        plannedStart: Date.parse('2022-04-01T17:30:00Z'),
        plannedEnd: null,
        notes: '',
      },
    });
    if ('fields' in read) {
      const again = formValuesOf(
        {
          id: 'u',
          siteId: 's',
          state: 'planned',
          actualStart: null,
          actualEnd: null,
          checkedBy: '',
          checkedAt: null,
          updatedAt: 0,
          ...read.fields,
        },
        SH,
      );
      expect(again.plannedStart).toBe('2022-04-02T01:30');
    }
  });

  it('says what is wrong, field by field', () => {
    expect(
      readForm(
        { ...formValuesOf(null, SH), title: '  ', plannedStart: '2022-04-02T10:00', plannedEnd: '2022-04-02T09:00' },
        SH,
      ),
    ).toEqual({
      errors: { title: 'perimeter.error.titleRequired', plannedEnd: 'perimeter.error.planOrder' },
    });
    expect(readForm({ ...formValuesOf(null, SH), title: 'x', plannedStart: '2022-04' }, SH)).toEqual({
      errors: { plannedStart: 'perimeter.error.badDate' },
    });
  });

  it('asks for a title when the one typed is only invisible characters', () => {
    const blank = readForm({ ...formValuesOf(null, SH), title: '\u200B\u200B\u200B' }, SH);
    expect(blank).toEqual({ errors: { title: 'perimeter.error.titleRequired' } });
    expect(readForm({ ...formValuesOf(null, SH), title: '\u2060 \u3164' }, SH)).toEqual(blank);
  });
});
