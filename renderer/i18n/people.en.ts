import type { PeopleMessageKey } from './people.zh-CN';

/** Strings of the guard shifts' people part in English: every key of the Chinese source. */
export const peopleEn: Record<PeopleMessageKey, string> = {
  'people.placeholder': '…',
};
