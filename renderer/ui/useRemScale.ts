import { useSyncExternalStore } from 'react';

/** The root font size against the 16 px the layout is drawn for: 1 on a laptop, more on a wall-size screen (see theme.css). */
const read = () => (parseFloat(getComputedStyle(document.documentElement).fontSize) || 16) / 16;

// Read once and on resize, not on every render: a style read in the middle of rendering can force a layout.
let current: number | null = null;
const snapshot = () => (current ??= read());

const subscribe = (changed: () => void) => {
  const onResize = () => {
    current = read();
    changed();
  };
  window.addEventListener('resize', onResize);
  return () => window.removeEventListener('resize', onResize);
};

/**
 * How much bigger than on a laptop things drawn in pixels (map markers, the scale bar)
 * must be to match the text, live as the window changes size.
 */
export function useRemScale(): number {
  return useSyncExternalStore(subscribe, snapshot);
}
