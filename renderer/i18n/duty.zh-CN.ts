/** Strings of the guard shifts' duty part, in Simplified Chinese: the source. */
export const dutyZhCN = {
  'duty.placeholder': '…',
} as const;

export type DutyMessageKey = keyof typeof dutyZhCN;
