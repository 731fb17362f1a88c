import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { nameSchema, textSchema } from './common';
import { entranceSchema } from './entrances';
import { checkpointSchema } from './patrols';
import { upgradeItemSchema } from './perimeter';
import { postSchema } from './posts';

const ZWSP3 = '\u200B\u200B\u200B';

/** Characters that show nothing on screen, each with what it is. */
const invisible: [string, string][] = [
  ['zero-width space', '\u200B'],
  ['zero-width non-joiner', '\u200C'],
  ['zero-width joiner', '\u200D'],
  ['left-to-right mark', '\u200E'],
  ['right-to-left mark', '\u200F'],
  ['word joiner', '\u2060'],
  ['function application', '\u2061'],
  ['invisible times', '\u2062'],
  ['invisible separator', '\u2063'],
  ['invisible plus', '\u2064'],
  ['byte order mark', '\uFEFF'],
  ['soft hyphen', '\u00AD'],
  ['Arabic letter mark', '\u061C'],
  ['Mongolian vowel separator', '\u180E'],
  ['left-to-right embedding', '\u202A'],
  ['right-to-left embedding', '\u202B'],
  ['pop directional formatting', '\u202C'],
  ['left-to-right override', '\u202D'],
  ['right-to-left override', '\u202E'],
  ['left-to-right isolate', '\u2066'],
  ['right-to-left isolate', '\u2067'],
  ['first strong isolate', '\u2068'],
  ['pop directional isolate', '\u2069'],
  ['interlinear annotation anchor', '\uFFF9'],
  ['combining grapheme joiner', '\u034F'],
  ['tag letter a', '\u{E0061}'],
  ['Hangul filler', '\u3164'],
  ['Hangul choseong filler', '\u115F'],
  ['Hangul jungseong filler', '\u1160'],
  ['halfwidth Hangul filler', '\uFFA0'],
  ['braille blank', '\u2800'],
  ['NUL', '\u0000'],
  ['bell', '\u0007'],
  ['escape', '\u001B'],
  ['delete', '\u007F'],
  ['next line (C1)', '\u0085'],
  ['control sequence introducer (C1)', '\u009B'],
];

/** Variation selectors change the character before them; standing alone they show nothing. */
const selectors: [string, string][] = [
  ['variation selector-16 (emoji style)', '\uFE0F'],
  ['variation selector-15 (text style)', '\uFE0E'],
  ['ideographic variation selector-17', '\u{E0100}'],
  ['Mongolian free variation selector one', '\u180B'],
];

/** Names people really type: Chinese, English, mixed, padded, with accents, and markup kept as text. */
const ordinary = [
  '陈静',
  '欧阳娜娜',
  '陈　静',
  'Chen Jing',
  "Mary-Jane O'Brien",
  '王 Wang',
  'Zoë',
  'Zoe\u0308',
  '<script>alert(1)</script>',
  '东墙防护网加高一层',
  '❤\uFE0F 志愿者',
];

const name = (s: string) => nameSchema.safeParse(s);

describe('nameSchema', () => {
  it('refuses a name of three zero-width spaces as empty', () => {
    expect(name(ZWSP3).success).toBe(false);
    expect(name(ZWSP3).error?.issues[0]?.code).toBe('too_small');
  });

  it.each(invisible)('refuses a name made only of %s', (_, c) => {
    expect(name(c.repeat(3)).success).toBe(false);
    expect(name(` ${c} `).success).toBe(false);
  });

  it.each(invisible)('stores a name with %s inside without it', (_, c) => {
    expect(name(`陈${c}静`).data).toBe('陈静');
    expect(name(`${c}Chen Jing${c}`).data).toBe('Chen Jing');
  });

  it.each(selectors)('refuses a name made only of %s and drops one that stands alone', (_, vs) => {
    expect(name(vs.repeat(3)).success).toBe(false);
    expect(name(`${vs}陈静`).data).toBe('陈静');
    expect(name(`陈 ${vs}静`).data).toBe('陈 静');
  });

  it('keeps a variation selector that belongs to the character before it', () => {
    expect(name('❤\uFE0F').data).toBe('❤\uFE0F');
    expect(name('葛\u{E0100}').data).toBe('葛\u{E0100}');
  });

  it('cleans a mix of invisible characters, spaces and text', () => {
    expect(name('\u200B \u202E陈\u2060\u00AD静\uFEFF\u3164 ').data).toBe('陈静');
    expect(name('\u3000\u200B\u3000').success).toBe(false);
  });

  it('keeps a name on one line: tabs and line breaks inside become a space', () => {
    expect(name('Chen\tJing').data).toBe('Chen Jing');
    expect(name('Chen\r\nJing').data).toBe('Chen Jing');
    expect(name('陈\u2028静').data).toBe('陈 静');
  });

  it.each(ordinary)('leaves the ordinary name %s as typed', (s) => {
    expect(name(s).data).toBe(s);
  });

  it('still trims spaces, ideographic spaces included, and bounds the length after cleaning', () => {
    expect(name('\u3000 陈静 \u3000').data).toBe('陈静');
    expect(name('陈'.repeat(120) + '\u200B'.repeat(10)).data).toBe('陈'.repeat(120));
    expect(name('陈'.repeat(121)).success).toBe(false);
  });
});

describe('textSchema', () => {
  const note = (s: string) => textSchema(2000).parse(s);

  it.each(invisible)('reads a text made only of %s as empty', (_, c) => {
    expect(note(c.repeat(3))).toBe('');
  });

  it('keeps the line breaks and tabs of a note with several lines', () => {
    const lines = '东墙：\n\t1. 加高防护网\n\t2. 补警戒线\n\n明早复查';
    expect(note(lines)).toBe(lines);
    expect(note('第一行\r\n第二行\r第三行')).toBe('第一行\n第二行\n第三行');
  });

  it('drops invisible characters from a note, and a selector left alone at the start of a line', () => {
    expect(note('侧门\u200B已封闭\n\uFE0F明早复查\u2066')).toBe('侧门已封闭\n明早复查');
  });

  it('leaves ordinary text and markup as typed', () => {
    for (const s of ordinary) expect(note(s)).toBe(s);
  });
});

const item = {
  id: 'u1',
  siteId: 's1',
  title: '东墙防护网加高一层',
  workId: null,
  state: 'planned',
  responsible: '物业 王师傅',
  plannedStart: null,
  plannedEnd: null,
  actualStart: null,
  actualEnd: null,
  checkedBy: '',
  checkedAt: null,
  notes: '',
  updatedAt: 0,
};

describe('an upgrade item (围挡工程)', () => {
  it('is refused when its title is three zero-width spaces', () => {
    const result = upgradeItemSchema.safeParse({ ...item, title: ZWSP3 });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path)).toEqual([['title']]);
  });

  it('is stored without invisible characters in its title, responsible and notes', () => {
    const parsed = upgradeItemSchema.parse({
      ...item,
      title: '东墙\u200B防护网',
      responsible: '\u200B\u200B',
      notes: '先加高\u200D\n再验收',
    });
    expect(parsed).toMatchObject({ title: '东墙防护网', responsible: '', notes: '先加高\n再验收' });
  });
});

const entrance = {
  id: 'e1',
  siteId: 's1',
  number: 1,
  name: '沿街门洞1',
  kind: 'street-doorway',
  state: 'sealed',
  position: { x: 0, y: 0 },
  note: '',
};
const post = {
  id: 'p1',
  siteId: 's1',
  name: '东门岗',
  entranceId: null,
  position: { x: 0, y: 0 },
  minStaff: 1,
  order: 0,
};
const checkpoint = {
  id: 'c1',
  siteId: 's1',
  routeId: 'r1',
  order: 1,
  name: '3号楼北侧',
  checks: '',
  position: { x: 0, y: 0 },
  active: true,
};
const places: [string, z.ZodType, object][] = [
  ['an entrance', entranceSchema, entrance],
  ['a post', postSchema, post],
  ['a checkpoint', checkpointSchema, checkpoint],
];

describe('places on the map', () => {
  it.each(places)('%s named with three zero-width spaces is refused', (_, schema, valid) => {
    expect(schema.safeParse(valid).success).toBe(true);
    expect(schema.safeParse({ ...valid, name: ZWSP3 }).success).toBe(false);
  });

  it('an entrance is stored with the invisible characters taken out of its name', () => {
    expect(entranceSchema.parse({ ...entrance, name: '侧\u200B门\u2060' }).name).toBe('侧门');
  });
});
