import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The height that takes `ref` from where it starts down to the bottom of the window, less
 * `gapPx`, and never under `minPx`: a list that scrolls by itself fills the screen at any
 * size (laptop or wall) without making the page scroll too. Read again on resize.
 */
export function useFillHeight(ref: RefObject<HTMLElement | null>, gapPx: number, minPx: number): number {
  const [height, setHeight] = useState(minPx);
  useLayoutEffect(() => {
    const measure = () => {
      const el = ref.current;
      if (!el) return;
      setHeight(Math.max(minPx, Math.floor(window.innerHeight - el.getBoundingClientRect().top - gapPx)));
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [ref, gapPx, minPx]);
  return height;
}
