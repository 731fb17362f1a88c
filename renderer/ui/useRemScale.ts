import { useSyncExternalStore } from 'react';

/** The root font size against the 16 px the layout is drawn for: 1 on a laptop, more on a wall-size screen (see theme.css). */
const read = () => (parseFloat(getComputedStyle(document.documentElement).fontSize) || 16) / 16;

// Read once and on resize, not on every render: a style read in the middle of rendering can force a layout.
// While nothing listens, resizes go unseen, so the value kept is trusted only while someone does.
let current: number | null = null;
const snapshot = () => (listeners.size > 0 && current !== null ? current : (current = read()));

// One window listener for every component that asks: a resize reads the style once.
const listeners = new Set<() => void>();
const onResize = () => {
  current = read();
  for (const changed of listeners) changed();
};
const subscribe = (changed: () => void) => {
  if (listeners.size === 0) window.addEventListener('resize', onResize);
  listeners.add(changed);
  return () => {
    listeners.delete(changed);
    if (listeners.size === 0) window.removeEventListener('resize', onResize);
  };
};

/**
 * How much bigger than on a laptop things drawn in pixels (map markers, the scale bar)
 * must be to match the text, live as the window changes size.
 */
export function useRemScale(): number {
  return useSyncExternalStore(subscribe, snapshot);
}
