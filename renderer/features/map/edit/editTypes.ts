import type { Geometry, PerimeterWorkKind, Point } from '../../../../shared/domain';
import type { PlacedTable } from './placeCommands';
import type { MovableTable } from './workCommands';

/** What a click on the map does in edit mode: draw a line of a kind, place a symbol, or place an entrance, post or checkpoint. */
export type EditTool =
  | { type: 'line'; kind: PerimeterWorkKind }
  | { type: 'symbol'; kind: PerimeterWorkKind }
  | { type: 'place'; what: PlacedTable };

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
  /** An entrance, post or checkpoint is to go here: the screen asks for its details. */
  onPlace: (what: PlacedTable, at: Point) => void;
  /** The map side of edit mode is there: its code has loaded and it is on the map. */
  onReady: () => void;
}

export const toolKey = (tool: EditTool | null): string =>
  tool ? `${tool.type}:${tool.type === 'place' ? tool.what : tool.kind}` : '';
