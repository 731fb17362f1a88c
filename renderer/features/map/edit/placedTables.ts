import type { PlacedTable } from './placeCommands';

/** What can be placed on the map besides perimeter works, in the order the place list offers them. */
export const placedTables: readonly PlacedTable[] = ['entrances', 'posts', 'checkpoints'];
