import { useEffect, useState, useTransition } from 'react';

const readRoute = () => {
  const path = window.location.hash.replace(/^#/, '').split('?')[0] ?? '';
  return path === '' ? '/' : path;
};

/**
 * The current `#/…` route, and whether the next one is still on its way (its data being
 * read by `prepare`, or its screen's code loading). Hash routing keeps working under
 * app:// and file-less hosts.
 */
export function useHashRoute(prepare: (route: string) => Promise<void>): { route: string; pending: boolean } {
  const [route, setRoute] = useState(readRoute);
  const [pending, startTransition] = useTransition();
  useEffect(() => {
    // A transition: the current screen stays until the next one is drawn, with no blank
    // fallback in between. React holds back a fallback's replacement for 300 ms after the
    // fallback shows, which made the first visit to a screen that long.
    const onChange = () => {
      const next = readRoute();
      startTransition(async () => {
        await prepare(next);
        // Another navigation since: it sets its own route.
        if (readRoute() !== next) return;
        startTransition(() => setRoute(next));
      });
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, [prepare]);
  return { route, pending };
}
