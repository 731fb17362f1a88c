import { createElement } from 'react';
import type { EntranceState } from '../../shared/domain';
import { entranceStateSymbols } from './entranceSymbols';

const reactAttr = (k: string) => k.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

export function EntranceStateSymbol({ state, size = 24 }: { state: EntranceState; size?: number }) {
  const s = entranceStateSymbols[state];
  return (
    <svg
      viewBox="0 0 24 24"
      width={`${size / 16}em`}
      height={`${size / 16}em`}
      style={{ color: s.colour, flex: 'none' }}
      aria-hidden="true"
      data-state={state}
    >
      {s.parts.map((p, i) =>
        createElement(p.kind, {
          key: i,
          ...Object.fromEntries(Object.entries(p.attrs).map(([k, v]) => [reactAttr(k), v])),
        }),
      )}
    </svg>
  );
}
