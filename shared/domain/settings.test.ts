import { describe, expect, it } from 'vitest';
import { operatorSchema, readSetting } from './settings';
import { readOperatorValue } from './settingValues';

const ZWSP3 = '\u200B\u200B\u200B';

describe('the operator on duty', () => {
  it('is not read from a stored name of three zero-width spaces, so the header never shows a blank', () => {
    expect(readOperatorValue({ name: ZWSP3, personId: null })).toBeNull();
    expect(readSetting('operator', { name: ZWSP3, personId: null })).toBeNull();
  });

  it('is not read from a name of other invisible characters only', () => {
    for (const blank of ['\u2060\u00AD', '\u3164\u3164', '\u2800', '\u202E\u2066\u2069', '\uFE0F', '\u0000\u0007'])
      expect(readOperatorValue({ name: blank, personId: null })).toBeNull();
  });

  it('is read with the invisible characters taken out of the name, and the name trimmed', () => {
    expect(readOperatorValue({ name: '陈\u200B静', personId: 'p1' })).toEqual({ name: '陈静', personId: 'p1' });
    expect(readOperatorValue({ name: ' \u200BChen Jing\u2060 ', personId: null })).toEqual({
      name: 'Chen Jing',
      personId: null,
    });
  });

  it('is read as typed when the name is an ordinary one', () => {
    for (const name of ['陈静', 'Chen Jing', '<script>alert(1)</script>', '陈　静'])
      expect(readOperatorValue({ name, personId: null })).toEqual({ name, personId: null });
  });

  it('is bounded to 120 characters once cleaned', () => {
    expect(readOperatorValue({ name: '陈'.repeat(120) + ZWSP3, personId: null })?.name).toBe('陈'.repeat(120));
    expect(readOperatorValue({ name: '陈'.repeat(121), personId: null })).toBeNull();
  });

  it('is refused by operatorSchema when the name is three zero-width spaces, and cleaned otherwise', () => {
    expect(operatorSchema.safeParse({ name: ZWSP3, personId: null }).success).toBe(false);
    expect(operatorSchema.parse({ name: '陈\u200B静', personId: null }).name).toBe('陈静');
  });
});
