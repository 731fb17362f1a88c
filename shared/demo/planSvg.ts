import {
  carriagewaySouth,
  doorwayHalfWidth,
  doorwayXs,
  frontNorth,
  frontSouth,
  mainPassage,
  mainPassageHalfWidth,
  pavementSouth,
  planBlocks,
  planHeight,
  planWidth,
  sideGate,
  sideGateHalfWidth,
  wallEast,
  wallNorth,
  wallWest,
  type PlanBlock,
} from './planGeometry';

/**
 * Draws the Xiangzhangyuan site plan as a standalone SVG document from the coordinates
 * in planGeometry. Muted greys only, so the app's coloured state markers stand out and
 * the plan prints well in black and white. No words: block numbers are plain digits and
 * the scale bar reads "0 25 50 m", so the same picture serves both languages.
 */

const ink = '#474747';
const ground = '#f3f3f1';
const green = '#e6e9e2';
const road = '#fbfbfa';
const roadEdge = '#c4c4c0';
const font = 'font-family="sans-serif"';

type Attrs = Record<string, string | number>;

const attrs = (a: Attrs) =>
  Object.entries(a)
    .map(([k, v]) => `${k}="${typeof v === 'number' ? round(v) : v}"`)
    .join(' ');
const round = (n: number) => String(Math.round(n * 100) / 100);
const rect = (x: number, y: number, width: number, height: number, a: Attrs = {}) =>
  `<rect ${attrs({ x, y, width, height, ...a })}/>`;
const line = (x1: number, y1: number, x2: number, y2: number, a: Attrs = {}) =>
  `<line ${attrs({ x1, y1, x2, y2, ...a })}/>`;
const circle = (cx: number, cy: number, r: number, a: Attrs = {}) => `<circle ${attrs({ cx, cy, r, ...a })}/>`;
const path = (d: string, a: Attrs = {}) => `<path ${attrs({ d, ...a })}/>`;
const text = (x: number, y: number, content: string, a: Attrs = {}) =>
  `<text ${attrs({ x, y, ...a })} ${font}>${content}</text>`;
const group = (a: Attrs, children: string[]) => `<g ${attrs(a)}>${children.join('')}</g>`;

function surroundings(): string[] {
  return [
    rect(0, 0, planWidth, planHeight, { fill: ground }),
    // Neighbouring plots: north strip and east strip, hatched.
    rect(62, 0, planWidth - 62, 14, { fill: 'url(#xzy-hatch)', stroke: '#d0d0cd', 'stroke-width': 1 }),
    rect(976, 14, 24, frontSouth - 14, { fill: 'url(#xzy-hatch)', stroke: '#d0d0cd', 'stroke-width': 1 }),
    // The lane along the west wall (where the command post stands) and the footpaths.
    rect(14, 0, 44, pavementSouth, { fill: '#dcdcda' }),
    line(36, 0, 36, pavementSouth - 20, { stroke: '#f4f4f2', 'stroke-width': 1.5, 'stroke-dasharray': '10 10' }),
    rect(58, 24, 912, 24, { fill: '#e4e4e1' }),
    rect(942, 24, 28, frontSouth - 24, { fill: '#e4e4e1' }),
    // The street along the south edge: pavement, carriageway, far pavement.
    rect(0, frontSouth, planWidth, pavementSouth - frontSouth, { fill: '#e7e7e4' }),
    rect(0, pavementSouth, planWidth, carriagewaySouth - pavementSouth, { fill: '#d0d0ce' }),
    rect(0, carriagewaySouth, planWidth, planHeight - carriagewaySouth, { fill: '#e7e7e4' }),
    line(0, pavementSouth, planWidth, pavementSouth, { stroke: '#9e9e9b', 'stroke-width': 2 }),
    line(0, carriagewaySouth, planWidth, carriagewaySouth, { stroke: '#9e9e9b', 'stroke-width': 2 }),
    line(70, 644, planWidth, 644, { stroke: '#f6f6f4', 'stroke-width': 2, 'stroke-dasharray': '18 14' }),
    ...Array.from({ length: 16 }, (_, i) =>
      circle(30 + i * 62, 689, 6, { fill: '#d6d9d2', stroke: '#a8aca4', 'stroke-width': 1 }),
    ),
  ];
}

/** Internal roads: outlines drawn first, then the fills, so crossings merge cleanly. */
function roads(): string[] {
  const parts: [number, number, number, number][] = [
    [94, 74, 812, 22], // north ring road
    [94, 494, 812, 20], // south ring road, behind the street-front row
    [94, 74, 22, 442], // west ring road
    [884, 74, 22, 442], // east ring road
    [wallWest, mainPassage.y - 12, 826, 24], // spine from the main passage
    [489, 96, 22, 398], // north-south lane
    [906, sideGate.y - 9, wallEast - 906, 18], // spur to the side gate
    ...doorwayXs.map((x): [number, number, number, number] => [
      x - doorwayHalfWidth,
      514,
      doorwayHalfWidth * 2,
      frontNorth - 514,
    ]),
  ];
  return [
    ...parts.map(([x, y, w, h]) => rect(x, y, w, h, { fill: road, stroke: roadEdge, 'stroke-width': 2 })),
    ...parts.map(([x, y, w, h]) => rect(x, y, w, h, { fill: road })),
  ];
}

function trees(): string[] {
  const at: [number, number][] = [];
  for (let x = 140; x <= 470; x += 41) at.push([x, 190], [x, 406]);
  for (let x = 540; x <= 870; x += 41) at.push([x, 190]);
  return at.map(([x, y]) => circle(x, y, 7, { fill: '#d3d8cd', stroke: '#a7ae9f', 'stroke-width': 1 }));
}

function garden(): string[] {
  const cx = 697;
  const cy = 373;
  const hex = Array.from({ length: 6 }, (_, i) => {
    const a = (Math.PI / 3) * i;
    return `${round(cx + 15 * Math.cos(a))},${round(cy + 15 * Math.sin(a))}`;
  }).join(' ');
  return [
    rect(522, 326, 350, 96, { fill: '#dde2d7', stroke: '#b9bfb2', 'stroke-width': 1, rx: 6 }),
    path(`M 522 400 Q 600 330 ${cx} ${cy} T 872 350`, { fill: 'none', stroke: road, 'stroke-width': 7 }),
    `<polygon points="${hex}" fill="#cbcbc8" stroke="${ink}" stroke-width="1"/>`,
    ...[
      [560, 346],
      [610, 402],
      [780, 400],
      [835, 340],
      [650, 340],
      [745, 344],
    ].map(([x = 0, y = 0]) => circle(x, y, 9, { fill: '#d3d8cd', stroke: '#a7ae9f', 'stroke-width': 1 })),
    // Property office, community room and bike shed at the south-east.
    rect(530, 440, 120, 42, { fill: '#d8d8d5', stroke: '#7d7d7a', 'stroke-width': 1.5 }),
    rect(690, 440, 100, 42, { fill: '#d8d8d5', stroke: '#7d7d7a', 'stroke-width': 1.5 }),
    rect(812, 448, 60, 30, { fill: 'url(#xzy-hatch)', stroke: '#7d7d7a', 'stroke-width': 1.5 }),
  ];
}

function residentialBlock(b: PlanBlock): string {
  const parts: string[] = [
    rect(b.x + 3, b.y + 3, b.width, b.height, { fill: '#d9d9d6' }), // shadow
    rect(b.x, b.y, b.width, b.height, { fill: '#cdcdca', stroke: '#6f6f6c', 'stroke-width': 1.5 }),
  ];
  for (let k = 1; k < b.units; k++) {
    const x = b.x + (b.width * k) / b.units;
    parts.push(line(x, b.y, x, b.y + b.height, { stroke: '#9b9b98', 'stroke-width': 1 }));
  }
  for (let k = 0; k < b.units; k++) {
    const x = b.x + (b.width * (k + 0.5)) / b.units;
    parts.push(rect(x - 4, b.y - 4, 8, 4, { fill: '#8f8f8c' })); // stairwell door, north side
  }
  const cx = b.x + b.width / 2;
  const cy = b.y + b.height / 2;
  parts.push(rect(cx - 19, cy - 14, 38, 28, { fill: '#cdcdca' }));
  parts.push(
    text(cx, cy + 8, String(b.number), {
      'font-size': 22,
      'font-weight': 'bold',
      fill: '#333331',
      'text-anchor': 'middle',
    }),
  );
  return group({}, parts);
}

function streetFront(): string[] {
  const out: string[] = [
    rect(wallWest, frontNorth, wallEast - wallWest, frontSouth - frontNorth, {
      fill: '#c4c4c1',
      stroke: '#6f6f6c',
      'stroke-width': 1.5,
    }),
  ];
  for (let x = wallWest + 42; x < wallEast - 10; x += 42) {
    if (doorwayXs.some((d) => Math.abs(d - x) < doorwayHalfWidth + 6)) continue;
    out.push(line(x, frontNorth, x, frontSouth, { stroke: '#8e8e8b', 'stroke-width': 1 }));
  }
  for (const x of doorwayXs) {
    const left = x - doorwayHalfWidth;
    const right = x + doorwayHalfWidth;
    out.push(rect(left, frontNorth, doorwayHalfWidth * 2, frontSouth - frontNorth, { fill: '#efefec' }));
    out.push(line(left, frontNorth, left, frontSouth, { stroke: ink, 'stroke-width': 2.5 }));
    out.push(line(right, frontNorth, right, frontSouth, { stroke: ink, 'stroke-width': 2.5 }));
  }
  return out;
}

function wall(): string[] {
  const mTop = mainPassage.y - mainPassageHalfWidth;
  const mBottom = mainPassage.y + mainPassageHalfWidth;
  const sTop = sideGate.y - sideGateHalfWidth;
  const sBottom = sideGate.y + sideGateHalfWidth;
  const d = [
    `M ${wallWest} ${frontSouth} V ${mBottom}`,
    `M ${wallWest} ${mTop} V ${wallNorth} H ${wallEast} V ${sTop}`,
    `M ${wallEast} ${sBottom} V ${frontSouth}`,
  ].join(' ');
  const post = (x: number, y: number) => rect(x - 5, y - 5, 10, 10, { fill: ink });
  return [
    path(d, { fill: 'none', stroke: ink, 'stroke-width': 7, 'stroke-linecap': 'square' }),
    post(wallWest, mTop),
    post(wallWest, mBottom),
    post(wallEast, sTop),
    post(wallEast, sBottom),
    // Main passage: two gate leaves swung open outwards. Side gate: one leaf across the gap.
    line(wallWest, mTop, wallWest - 12, mTop + 8, { stroke: ink, 'stroke-width': 2 }),
    line(wallWest, mBottom, wallWest - 12, mBottom - 8, { stroke: ink, 'stroke-width': 2 }),
    line(wallEast, sTop, wallEast, sBottom, { stroke: ink, 'stroke-width': 2 }),
  ];
}

function legend(): string[] {
  const x0 = 740;
  const y0 = 656;
  const unitsPer25m = 25 / 0.25;
  return [
    // North arrow on the street's west end.
    path('M 40 618 L 51 660 L 40 651 L 29 660 Z', { fill: ink }),
    path('M 40 618 L 40 651 L 29 660 Z', { fill: '#f6f6f4' }),
    // Scale bar: 0 – 25 – 50 m.
    rect(x0, y0, unitsPer25m, 6, { fill: ink }),
    rect(x0 + unitsPer25m, y0, unitsPer25m, 6, { fill: '#f6f6f4', stroke: ink, 'stroke-width': 1 }),
    text(x0, y0 - 4, '0', { 'font-size': 11, fill: '#333331', 'text-anchor': 'middle' }),
    text(x0 + unitsPer25m, y0 - 4, '25', { 'font-size': 11, fill: '#333331', 'text-anchor': 'middle' }),
    text(x0 + 2 * unitsPer25m, y0 - 4, '50 m', { 'font-size': 11, fill: '#333331', 'text-anchor': 'middle' }),
  ];
}

export function drawPlanSvg(): string {
  const defs =
    '<defs><pattern id="xzy-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">' +
    `<rect width="8" height="8" fill="#ecece9"/>${line(0, 0, 0, 8, { stroke: '#cfcfcc', 'stroke-width': 2 })}</pattern></defs>`;
  const body = [
    ...surroundings(),
    rect(wallWest, wallNorth, wallEast - wallWest, frontNorth - wallNorth, { fill: green }),
    ...roads(),
    ...trees(),
    ...garden(),
    ...planBlocks.map(residentialBlock),
    ...streetFront(),
    ...wall(),
    ...legend(),
  ];
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${planWidth}" height="${planHeight}" viewBox="0 0 ${planWidth} ${planHeight}">` +
    defs +
    body.join('') +
    '</svg>'
  );
}
