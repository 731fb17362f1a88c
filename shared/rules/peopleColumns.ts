import type { PersonUnit } from '../domain/people';

/**
 * How the columns and values of the people lists the team keeps (Excel, WPS, in Chinese
 * or English) map to a person's fields. Headers are compared without case, spaces and
 * decoration (`*`, brackets, colons), so `手机号码（必填）` and `Phone *` are found.
 */

export const importFields = ['name', 'phone', 'unit', 'group', 'role', 'reserve', 'notes'] as const;
export type ImportField = (typeof importFields)[number];

/** For each column of the file, the field it fills, or null when it is left out. */
export type ColumnMapping = readonly (ImportField | null)[];

const headerNames: Record<ImportField, readonly string[]> = {
  name: ['姓名', '名字', '人员', '人员姓名', 'name', 'fullname', 'person'],
  phone: [
    '电话',
    '手机',
    '手机号',
    '手机号码',
    '联系电话',
    '电话号码',
    '联系方式',
    'phone',
    'mobile',
    'tel',
    'telephone',
    'phonenumber',
    'mobilephone',
  ],
  unit: ['单位', '所属单位', '工作单位', '派出单位', 'unit', 'organisation', 'organization', 'org', 'agency'],
  group: ['工作组', '组别', '分组', '小组', '班组', '组', 'group', 'team', 'workgroup'],
  role: ['角色', '职务', '岗位', '职责', 'role', 'position', 'title', 'duty'],
  reserve: ['预备队', '预备', '后备', '预备队员', 'reserve', 'backup'],
  notes: ['备注', '说明', '附注', 'notes', 'note', 'remarks', 'remark', 'comment', 'comments'],
};

const DECORATION = /[\s*:：()（）[\]【】_\-./]/g;
const REQUIRED_MARK = /[（(]\s*(必填|选填|required|optional)\s*[)）]/gi;

function headerKey(header: string): string {
  return header.replace(REQUIRED_MARK, '').replace(DECORATION, '').toLowerCase();
}

const byKey = new Map<string, ImportField>(
  importFields.flatMap((field) => headerNames[field].map((n) => [headerKey(n), field] as const)),
);

/** The field a header names, or null when it names none of them. */
export function fieldOfHeader(header: string): ImportField | null {
  return byKey.get(headerKey(header)) ?? null;
}

/** The mapping read from the header row: each field taken by the first column that names it. */
export function guessMapping(header: readonly string[]): ColumnMapping {
  const taken = new Set<ImportField>();
  return header.map((h) => {
    const field = fieldOfHeader(h);
    if (field === null || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

/** Words that say a unit, in the order they are tried: 物业保安 is property staff, 派出所 police. */
const unitWords: readonly (readonly [PersonUnit, readonly string[]])[] = [
  ['police', ['公安', '派出所', '警', 'police']],
  ['city-management', ['城管', '城市管理', 'city management', 'city-management']],
  ['town-office', ['镇政府', '街道', '政府', '居委', '社区', 'town office', 'town-office', 'town', 'street office']],
  ['property-staff', ['物业', 'property']],
  ['security-company', ['保安', 'security']],
  ['medical', ['医务', '医生', '护士', '医院', '卫生', '医', 'medical', 'doctor', 'nurse', 'health']],
  ['volunteer', ['志愿', '义工', 'volunteer']],
];

/** The unit a label names; one it does not know is `other`, not an error. */
export function unitOfLabel(label: string): PersonUnit {
  const text = label.trim().toLowerCase();
  if (!text) return 'other';
  for (const [unit, words] of unitWords) if (words.some((w) => text.includes(w))) return unit;
  return 'other';
}

const YES = new Set(['是', '√', '✓', '✔', 'y', 'yes', 'true', '1', '对']);
const NO = new Set(['否', '×', '✗', 'n', 'no', 'false', '0', '不是']);

/** A reserve cell: true or false; null when empty (the group decides); undefined when not understood. */
export function reserveOfCell(value: string): boolean | null | undefined {
  const text = value.trim().toLowerCase();
  if (!text) return null;
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  return undefined;
}

/** 3 to 20 digits, written with digits, spaces, `+`, `-` and brackets only; empty is allowed. */
export function isPhone(value: string): boolean {
  if (value === '') return true;
  if (!/^[0-9+\-\s()]+$/.test(value) || value.length > 32) return false;
  const digits = value.replace(/\D/g, '').length;
  return digits >= 3 && digits <= 20;
}

/** A phone as compared for duplicates: its digits, without a leading +86/0086 country code. */
export function phoneKey(value: string): string {
  const digits = value.replace(/\D/g, '');
  if (digits.startsWith('0086')) return digits.slice(4);
  if (digits.length === 13 && digits.startsWith('86')) return digits.slice(2);
  return digits;
}
