/** Strings of the guard shifts' people part, in Simplified Chinese: the source. */
export const peopleZhCN = {
  'people.placeholder': '…',
} as const;

export type PeopleMessageKey = keyof typeof peopleZhCN;
