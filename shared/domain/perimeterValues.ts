/**
 * The perimeter work kinds and states as plain values, apart from their zod schemas, so
 * the map's edit bar and the upgrade filters do not load zod with the map.
 */
export const lineWorkKinds = ['cordon-tape', 'guard-rail', 'netting', 'wall', 'fence'] as const;
export const symbolWorkKinds = ['camera', 'light', 'alarm', 'sign'] as const;
export const workStates = ['planned', 'under-way', 'done', 'checked'] as const;
export type PerimeterWorkKind = (typeof lineWorkKinds)[number] | (typeof symbolWorkKinds)[number];
export type WorkState = (typeof workStates)[number];
