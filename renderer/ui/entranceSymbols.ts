import type { EntranceState } from '../../shared/domain';

/**
 * How each entrance state is drawn. Shape tells the states apart in black and white and
 * for colour-blind eyes; colour only helps. Shapes are drawn in a 24×24 box.
 */
export interface SymbolPart {
  kind: 'circle' | 'rect' | 'path';
  attrs: Record<string, string | number>;
}

export interface StateSymbol {
  colour: string;
  parts: SymbolPart[];
}

export const entranceStateSymbols: Record<EntranceState, StateSymbol> = {
  // A hollow ring: passable, under control.
  'controlled-open': {
    colour: '#137333',
    parts: [
      { kind: 'circle', attrs: { cx: 12, cy: 12, r: 9, fill: '#ffffff', stroke: 'currentColor', 'stroke-width': 4 } },
    ],
  },
  // A filled square with a white cross: sealed shut.
  sealed: {
    colour: '#b3261e',
    parts: [
      { kind: 'rect', attrs: { x: 2, y: 2, width: 20, height: 20, fill: 'currentColor' } },
      {
        kind: 'path',
        attrs: { d: 'M7 7 L17 17 M17 7 L7 17', stroke: '#ffffff', 'stroke-width': 3, 'stroke-linecap': 'round' },
      },
    ],
  },
  // A filled disc with a white bar, like a no-entry sign: closed, not sealed.
  closed: {
    colour: '#3c4043',
    parts: [
      { kind: 'circle', attrs: { cx: 12, cy: 12, r: 10, fill: 'currentColor' } },
      { kind: 'rect', attrs: { x: 6, y: 10, width: 12, height: 4, fill: '#ffffff' } },
    ],
  },
  // A triangle with an exclamation mark: for emergencies only.
  'emergency-only': {
    colour: '#b06000',
    parts: [
      { kind: 'path', attrs: { d: 'M12 2 L23 21 L1 21 Z', fill: 'currentColor' } },
      { kind: 'rect', attrs: { x: 10.75, y: 8, width: 2.5, height: 7, fill: '#ffffff' } },
      { kind: 'circle', attrs: { cx: 12, cy: 18, r: 1.5, fill: '#ffffff' } },
    ],
  },
};

const escapeAttr = (v: string | number) => String(v).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The symbol as SVG markup, for Leaflet's divIcon. Built from the constants above only. */
export function entranceSymbolMarkup(state: EntranceState, size: number): string {
  const s = entranceStateSymbols[state];
  const parts = s.parts
    .map(
      (p) =>
        `<${p.kind} ${Object.entries(p.attrs)
          .map(([k, v]) => `${k}="${escapeAttr(v)}"`)
          .join(' ')}/>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="${size}" height="${size}" style="color:${s.colour}" aria-hidden="true">${parts}</svg>`;
}
