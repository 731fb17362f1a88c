import { describe, expect, it } from 'vitest';
import { fieldOfHeader, guessMapping, isPhone, phoneKey, reserveOfCell, unitOfLabel } from './peopleColumns';
import { checkImport, type Sheet } from './peopleImport';

const header = ['姓名', '手机', '单位', '工作组', '职务', '预备队', '备注'];
const sheet = (...rows: string[][]): Sheet => ({ header, rows: rows.map((cells, i) => ({ row: i + 2, cells })) });
const ctx = {
  existing: [{ name: '王芳', phone: '139 0000 0001' }],
  groupNames: ['一组', 'Team B'],
  createGroups: false,
};
const mapping = guessMapping(header);

describe('guessMapping', () => {
  it('maps Chinese headers to fields in column order', () => {
    expect(mapping).toEqual(['name', 'phone', 'unit', 'group', 'role', 'reserve', 'notes']);
  });

  it('maps English headers, any case, with decoration, and leaves unknown ones out', () => {
    expect(guessMapping(['Name *', 'Mobile', 'Unit', 'Team', 'Role', 'Reserve', 'Remarks', 'Status'])).toEqual([
      'name',
      'phone',
      'unit',
      'group',
      'role',
      'reserve',
      'notes',
      null,
    ]);
  });

  it('gives a field to the first column that names it only', () => {
    expect(guessMapping(['电话', '联系电话', '姓名'])).toEqual(['phone', null, 'name']);
  });

  it('knows the other names teams use', () => {
    expect(['手机号码（必填）', '组别', '角色', 'phone number', '电话'].map(fieldOfHeader)).toEqual([
      'phone',
      'group',
      'role',
      'phone',
      'phone',
    ]);
    expect(fieldOfHeader('身份证号')).toBeNull();
    expect(fieldOfHeader('')).toBeNull();
  });
});

describe('unitOfLabel', () => {
  it.each([
    ['公安', 'police'],
    ['城关派出所', 'police'],
    ['Police', 'police'],
    ['城管', 'city-management'],
    ['City management', 'city-management'],
    ['镇政府', 'town-office'],
    ['街道办', 'town-office'],
    ['Town office', 'town-office'],
    ['保安公司', 'security-company'],
    ['Security company', 'security-company'],
    ['物业', 'property-staff'],
    ['物业保安', 'property-staff'],
    ['Property staff', 'property-staff'],
    ['医务', 'medical'],
    ['医生', 'medical'],
    ['护士', 'medical'],
    ['Medical', 'medical'],
    ['志愿者', 'volunteer'],
    ['Volunteer', 'volunteer'],
    ['快递公司', 'other'],
    ['', 'other'],
  ] as const)('%j is %s', (label, unit) => {
    expect(unitOfLabel(label)).toBe(unit);
  });
});

describe('reserveOfCell', () => {
  it.each(['是', 'Y', 'yes', 'TRUE', '1', '✓'])('%j is yes', (v) => expect(reserveOfCell(v)).toBe(true));
  it.each(['否', 'N', 'no', 'False', '0'])('%j is no', (v) => expect(reserveOfCell(v)).toBe(false));
  it('is null when empty and undefined when not understood', () => {
    expect(reserveOfCell('  ')).toBeNull();
    expect(reserveOfCell('maybe')).toBeUndefined();
  });
});

describe('isPhone and phoneKey', () => {
  it('takes 3 to 20 digits written with digits, spaces, + - and brackets; empty too', () => {
    expect(['', '110', '+86 138-0013-8000', '(010) 1234 5678', '1'.repeat(20)].map(isPhone)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['12', '1'.repeat(21), '138O0138000', '138/0013', 'tel 110'].map(isPhone)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('compares phones by their digits, without the +86 country code', () => {
    expect(phoneKey('+86 138 0013 8000')).toBe('13800138000');
    expect(phoneKey('0086-13800138000')).toBe('13800138000');
    expect(phoneKey('(010) 1234-5678')).toBe('01012345678');
  });
});

describe('checkImport', () => {
  it('turns a good row into a person, unit and reserve mapped', () => {
    const result = checkImport(sheet(['张三', '138 0013 8000', '派出所', '一组', '组长', '否', '夜班']), mapping, ctx);
    expect(result).toEqual({
      good: [
        {
          row: 2,
          name: '张三',
          phone: '138 0013 8000',
          unit: 'police',
          groupName: '一组',
          role: '组长',
          reserve: false,
          notes: '夜班',
        },
      ],
      bad: [],
      unknownGroups: [],
      newGroups: [],
    });
  });

  it('gives each bad row its spreadsheet row number and every reason', () => {
    const result = checkImport(
      sheet(
        ['张三', '13800138000', '', '', '', '', ''],
        ['', '13800138001', '', '', '', '', ''],
        ['李四', '138-abc', '', '', '', '', ''],
        ['赵六', '12', '', '', '', 'maybe', ''],
        ['钱七', '', '', '', '', '', '=HYPERLINK("http://x","y")'],
        ['孙八', '', '', '', '一'.repeat(81), '', ''],
      ),
      mapping,
      ctx,
    );
    expect(result.good.map((p) => p.row)).toEqual([2]);
    expect(result.bad).toEqual([
      { row: 3, name: '', problems: ['no-name'] },
      { row: 4, name: '李四', problems: ['phone'] },
      { row: 5, name: '赵六', problems: ['phone', 'reserve'] },
      { row: 6, name: '钱七', problems: ['formula'] },
      { row: 7, name: '孙八', problems: ['too-long'] },
    ]);
  });

  it('keeps the row numbers of the sheet when blank rows were left out', () => {
    const result = checkImport({ header, rows: [{ row: 9, cells: ['', '1', '', '', '', '', ''] }] }, mapping, ctx);
    expect(result.bad).toEqual([{ row: 9, name: '', problems: ['no-name', 'phone'] }]);
  });

  it('refuses a duplicate of an existing person by name and phone, however the phone is written', () => {
    const result = checkImport(
      sheet(['王芳', '+86 13900000001', '', '', '', '', ''], ['王芳', '13900000002', '', '', '', '', '']),
      mapping,
      ctx,
    );
    expect(result.bad).toEqual([{ row: 2, name: '王芳', problems: ['duplicate-existing'] }]);
    expect(result.good.map((p) => p.row)).toEqual([3]);
  });

  it('refuses the second of two rows for the same person, naming the first', () => {
    const result = checkImport(
      sheet(
        ['张三', '13800138000', '', '', '', '', ''],
        ['李四', '13800138001', '', '', '', '', ''],
        ['张三', '138 0013 8000', '', '', '', '', ''],
      ),
      mapping,
      ctx,
    );
    expect(result.good.map((p) => p.row)).toEqual([2, 3]);
    expect(result.bad).toEqual([{ row: 4, name: '张三', problems: ['duplicate-in-file'], firstRow: 2 }]);
  });

  it('refuses rows of a group the site lacks unless the operator agrees to create it', () => {
    const rows = sheet(
      ['张三', '', '', '机动组', '', '', ''],
      ['李四', '', '', 'team b', '', '', ''],
      ['', '', '', '巡逻组', '', '', ''],
    );
    const refused = checkImport(rows, mapping, ctx);
    expect(refused.bad).toEqual([
      { row: 2, name: '张三', problems: ['unknown-group'] },
      { row: 4, name: '', problems: ['no-name', 'unknown-group'] },
    ]);
    expect(refused.unknownGroups).toEqual(['机动组', '巡逻组']);
    expect(refused.newGroups).toEqual([]);

    const agreed = checkImport(rows, mapping, { ...ctx, createGroups: true });
    expect(agreed.good.map((p) => [p.row, p.groupName])).toEqual([
      [2, '机动组'],
      [3, 'team b'],
    ]);
    expect(agreed.bad).toEqual([{ row: 4, name: '', problems: ['no-name'] }]);
    // Only the groups good rows need are created.
    expect(agreed.newGroups).toEqual(['机动组']);
  });

  it('reads the export back: the apostrophe mark comes off the phone, the reserve column may be empty', () => {
    const result = checkImport(sheet(['张三', "'+86 138 0013 8000", 'Volunteer', '', '', '', '']), mapping, ctx);
    expect(result.good).toEqual([
      {
        row: 2,
        name: '张三',
        phone: '+86 138 0013 8000',
        unit: 'volunteer',
        groupName: '',
        role: '',
        reserve: null,
        notes: '',
      },
    ]);
  });

  it('flags a formula the export marked, since it is still a formula', () => {
    const result = checkImport(sheet(['张三', '', '', '', `'=HYPERLINK("x")`, '', '']), mapping, ctx);
    expect(result.bad).toEqual([{ row: 2, name: '张三', problems: ['formula'] }]);
  });

  it('calls every row nameless when no column is mapped to the name', () => {
    const result = checkImport(sheet(['张三', '', '', '', '', '', '']), [null, 'phone'], ctx);
    expect(result.bad).toEqual([{ row: 2, name: '', problems: ['no-name'] }]);
  });
});
