/**
 * The entrance kinds and states as plain values, apart from their zod schemas, so the
 * screens that only need the list (a legend, the state buttons) do not load zod.
 */
export const entranceKinds = ['gate', 'side-gate', 'street-doorway', 'passage'] as const;
export const entranceStates = ['controlled-open', 'sealed', 'closed', 'emergency-only'] as const;
export type EntranceKind = (typeof entranceKinds)[number];
export type EntranceState = (typeof entranceStates)[number];
