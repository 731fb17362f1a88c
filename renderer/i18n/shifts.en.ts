import type { ShiftsMessageKey } from './shifts.zh-CN';

/** Strings of the guard shifts' shifts part in English: every key of the Chinese source. */
export const shiftsEn: Record<ShiftsMessageKey, string> = {
  'shifts.tab.board': 'Board',
  'shifts.tab.duty': 'On duty',
  'shifts.tab.people': 'People',
  'shifts.tab.patterns': 'Patterns and rules',
};
