/** Strings of the guard shifts' peopleIO part, in Simplified Chinese: the source. */
export const peopleIOZhCN = {
  'peopleIO.placeholder': '…',
} as const;

export type PeopleIOMessageKey = keyof typeof peopleIOZhCN;
