import type { PeopleIOMessageKey } from './peopleIO.zh-CN';

/** Strings of the guard shifts' peopleIO part in English: every key of the Chinese source. */
export const peopleIOEn: Record<PeopleIOMessageKey, string> = {
  'peopleIO.placeholder': '…',
};
