import { describe, expect, it } from 'vitest';
import type { Person } from '../../../../shared/domain';
import { personFormValues, readPersonForm, type PersonFormValues } from './personForm';

const filled: PersonFormValues = {
  name: '赵敏',
  phone: ' 139 0000-0004 ',
  unit: 'medical',
  groupId: 'g2',
  role: '组员',
  reserve: false,
  notes: '',
};

describe('the person form', () => {
  it('starts empty for a new person, with the unit still to choose', () => {
    expect(personFormValues(null)).toEqual({
      name: '',
      phone: '',
      unit: '',
      groupId: '',
      role: '',
      reserve: false,
      notes: '',
    });
  });

  it('starts a new person in the group and reserve the list is filtered on', () => {
    expect(personFormValues(null, { groupId: 'g1', reserve: true })).toMatchObject({ groupId: 'g1', reserve: true });
  });

  it('starts from the person edited, a person in no group with an empty group', () => {
    const p: Person = {
      id: 'p1',
      siteId: 's1',
      name: '王建国',
      phone: '138',
      unit: 'police',
      groupId: null,
      role: '组长',
      reserve: true,
      notes: '夜班',
      active: false,
    };
    expect(personFormValues(p, { groupId: 'g9' })).toEqual({
      name: '王建国',
      phone: '138',
      unit: 'police',
      groupId: '',
      role: '组长',
      reserve: true,
      notes: '夜班',
    });
  });

  it('reads a filled form into the command’s fields, the phone trimmed and no group as null', () => {
    expect(readPersonForm(filled)).toEqual({
      fields: {
        name: '赵敏',
        phone: '139 0000-0004',
        unit: 'medical',
        groupId: 'g2',
        role: '组员',
        reserve: false,
        notes: '',
      },
    });
    expect(readPersonForm({ ...filled, groupId: '', phone: '' })).toMatchObject({
      fields: { groupId: null, phone: '' },
    });
  });

  it('names every missing or wrong field of a half-filled form at once', () => {
    expect(readPersonForm({ ...filled, name: ' \u200b ', unit: '', phone: '138-abc' })).toEqual({
      errors: { name: 'people.error.nameRequired', unit: 'people.error.unitRequired', phone: 'people.error.phone' },
    });
  });

  it('takes a phone of 32 characters and refuses one of 33', () => {
    expect(readPersonForm({ ...filled, phone: '1'.repeat(32) })).toHaveProperty('fields');
    expect(readPersonForm({ ...filled, phone: '1'.repeat(33) })).toEqual({
      errors: { phone: 'people.error.phoneLong' },
    });
  });

  it('keeps a name with markup as typed', () => {
    expect(readPersonForm({ ...filled, name: '<script>alert(1)</script>' })).toMatchObject({
      fields: { name: '<script>alert(1)</script>' },
    });
  });
});
