/** Strings of the guard shifts' shifts part, in Simplified Chinese: the source. */
export const shiftsZhCN = {
  'shifts.tab.board': '排班表',
  'shifts.tab.duty': '当班',
  'shifts.tab.people': '人员',
  'shifts.tab.patterns': '班次与规则',
} as const;

export type ShiftsMessageKey = keyof typeof shiftsZhCN;
