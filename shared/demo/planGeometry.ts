import type { Point } from '../domain';

/**
 * The coordinates of the Xiangzhangyuan plan, in plan units (origin top-left, y grows
 * downwards, as in the SVG). The drawing and the demo data both read them from here,
 * so what the map shows and what the data says always agree.
 *
 * 1000 × 700 units at 0.25 m/unit: the plot is 250 m × 175 m; the walled compound
 * inside it about 210 m × 130 m. North is up; the street runs along the south edge.
 */
export const planWidth = 1000;
export const planHeight = 700;
export const metresPerUnit = 0.25;

/** The compound boundary: the wall on west, north and east, the street-front row on the south. */
export const wallWest = 80;
export const wallEast = 920;
export const wallNorth = 60;
/** South face of the street-front row: the doorways open here, straight onto the pavement. */
export const frontSouth = 580;
/** North (courtyard) face of the street-front row. */
export const frontNorth = 525;
/** Pavement and carriageway of the street. */
export const pavementSouth = 612;
export const carriagewaySouth = 676;

export type EntranceKey = 'main' | 'side' | 'door1' | 'door2' | 'door3' | 'door4';

/** x of the four street doorways, west to east. */
export const doorwayXs = [250, 420, 590, 760] as const;
/** Half the clear width of a doorway (5 m wide). */
export const doorwayHalfWidth = 10;
/** The main passage, in the west wall (7 m wide), and the side gate in the east wall (5 m). */
export const mainPassage: Point = { x: wallWest, y: 300 };
export const mainPassageHalfWidth = 14;
export const sideGate: Point = { x: wallEast, y: 240 };
export const sideGateHalfWidth = 10;

export interface PlanEntrance {
  key: EntranceKey;
  /** The number printed on the sheet and drawn on the map. */
  number: number;
  at: Point;
}

/**
 * The six entrances with the numbers printed on the sheet and drawn on the map. The
 * street doorways keep their own numbers (doorway 3 is entrance 3, so "who is at
 * doorway 3?" needs no lookup); the main passage is 5, the side gate 6. Listed in the
 * order the post works through them: main passage first.
 */
export const planEntrances: readonly PlanEntrance[] = [
  { key: 'main', number: 5, at: mainPassage },
  { key: 'side', number: 6, at: sideGate },
  { key: 'door1', number: 1, at: { x: doorwayXs[0], y: frontSouth } },
  { key: 'door2', number: 2, at: { x: doorwayXs[1], y: frontSouth } },
  { key: 'door3', number: 3, at: { x: doorwayXs[2], y: frontSouth } },
  { key: 'door4', number: 4, at: { x: doorwayXs[3], y: frontSouth } },
];

/** Where each entrance's post stands: just outside it. */
export const planPosts: Readonly<Record<EntranceKey, Point>> = {
  main: { x: 56, y: 300 },
  side: { x: 944, y: 240 },
  door1: { x: doorwayXs[0], y: 604 },
  door2: { x: doorwayXs[1], y: 604 },
  door3: { x: doorwayXs[2], y: 604 },
  door4: { x: doorwayXs[3], y: 604 },
};

/**
 * The eight patrol checkpoints, in patrol order: clockwise around the OUTSIDE of the
 * wall, starting north of the main passage (where the command post stands).
 */
export const planCheckpoints: readonly Point[] = [
  { x: 36, y: 170 }, // west wall, north part
  { x: 36, y: 36 }, // north-west corner
  { x: 500, y: 36 }, // north wall, middle
  { x: 956, y: 36 }, // north-east corner
  { x: 956, y: 290 }, // east wall, south of the side gate
  { x: 956, y: 598 }, // south-east corner, street
  { x: 675, y: 598 }, // street front, between doorways 3 and 4
  { x: 335, y: 598 }, // street front, between doorways 1 and 2
];

/** True for the checkpoints on the street front (the rest are along the wall). */
export function checkpointOnStreet(index: number): boolean {
  const p = planCheckpoints[index];
  return p !== undefined && p.y > frontSouth;
}

const tapeOutside = (x: number): Point[] => [
  { x: x - 16, y: frontSouth },
  { x: x - 16, y: 589 },
  { x: x + 16, y: 589 },
  { x: x + 16, y: frontSouth },
];
const railOutside = (x: number): Point[] => [
  { x: x - 28, y: 595 },
  { x: x + 28, y: 595 },
];

/** The perimeter works, drawn by the app over the plan (the picture itself shows only the wall). */
export const planWorks = {
  /** The compound wall, west → north → east, meeting the street-front row at both ends. */
  wall: [
    { x: wallWest, y: frontSouth },
    { x: wallWest, y: wallNorth },
    { x: wallEast, y: wallNorth },
    { x: wallEast, y: frontSouth },
  ] as readonly Point[],
  doorwayTape: doorwayXs.map(tapeOutside),
  doorwayRails: doorwayXs.map(railOutside),
  /** The protective netting on top of the east wall. */
  eastNetting: [
    { x: wallEast, y: wallNorth },
    { x: wallEast, y: frontSouth },
  ] as readonly Point[],
  // On the wall a little north of the gate, looking at it (and clear of its marker on the map).
  sideGateCamera: { x: 934, y: 184 },
  streetLights: [
    { x: 165, y: 606 },
    { x: 505, y: 606 },
    { x: 845, y: 606 },
  ] as readonly Point[],
};

export interface PlanBlock {
  /** The block number drawn on the plan (1号楼 = "1"). */
  number: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Stairwells (单元) along the block. */
  units: number;
}

const rowYs = [108, 228, 330, 438] as const;
const colXs = [128, 318, 522, 712] as const;
const blockW = 160;
const blockH = 44;

function block(number: number, row: 0 | 1 | 2 | 3, col: 0 | 1 | 2 | 3): PlanBlock {
  return { number, x: colXs[col], y: rowYs[row], width: blockW, height: blockH, units: 4 };
}

/** Twelve six-storey residential slabs, numbered west to east, north to south. */
export const planBlocks: readonly PlanBlock[] = [
  block(1, 0, 0),
  block(2, 0, 1),
  block(3, 0, 2),
  block(4, 0, 3),
  block(5, 1, 0),
  block(6, 1, 1),
  block(7, 1, 2),
  block(8, 1, 3),
  block(9, 2, 0),
  block(10, 2, 1),
  block(11, 3, 0),
  block(12, 3, 1),
];

/** True when the point lies on the plan. */
export function onPlan(p: Point): boolean {
  return p.x >= 0 && p.x <= planWidth && p.y >= 0 && p.y <= planHeight;
}

/** True when the point lies outside the compound boundary (wall and street front). */
export function outsideCompound(p: Point): boolean {
  return p.x < wallWest || p.x > wallEast || p.y < wallNorth || p.y > frontSouth;
}
