import type { Geometry, PerimeterWorkKind, Point } from '../../../../shared/domain';
import type { MovableTable } from './data';

/** What a click on the map does in edit mode: draw a line of a kind, or place a symbol. */
export type EditTool = { type: 'line'; kind: PerimeterWorkKind } | { type: 'symbol'; kind: PerimeterWorkKind };

/** What the map calls when something is edited on it; each resolves to whether it was saved. */
export interface MapEditHandlers {
  move: (table: MovableTable, id: string, to: Point) => Promise<boolean>;
  moveWork: (id: string, to: Point) => Promise<boolean>;
  reshape: (id: string, points: Point[]) => Promise<boolean>;
  create: (kind: PerimeterWorkKind, geometry: Geometry) => Promise<boolean>;
}

/** Edit mode as the map sees it. */
export interface MapEditState {
  handlers: MapEditHandlers;
  tool: EditTool | null;
  onToolDone: () => void;
}
