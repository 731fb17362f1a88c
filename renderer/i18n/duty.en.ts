import type { DutyMessageKey } from './duty.zh-CN';

/** Strings of the guard shifts' duty part in English: every key of the Chinese source. */
export const dutyEn: Record<DutyMessageKey, string> = {
  'duty.placeholder': '…',
};
